using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage.Resolution;
using Referat.Storage.Entities;
using DomainItem = Referat.Domain.AgendaItem;

namespace Referat.Storage;

/// <summary>A file as read from disk, with the version of the parser that read it.</summary>
public sealed record SourceFile(string FileName, byte[] Bytes, string ParserVersion, string? Encoding = null)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

public enum ImportStatus
{
    Imported,
    Unchanged,
    NewVersion,
}

/// <summary>What importing one document did: the meeting, its version number and a short account.</summary>
public sealed record ImportOutcome(ImportStatus Status, long MeetingId, string MeetingName, int Version, string Summary);

/// <summary>The document was parsed but cannot be archived (no meeting date, no committee).</summary>
public sealed class ArchiveImportException(string message) : Exception(message);

/// <summary>
/// Imports one parsed minutes document into the archive in one transaction. The same bytes again change nothing;
/// a different document for a meeting already archived (same committee and date) becomes a new version of it:
/// the old source document is kept, the meeting's items are replaced (the old ones soft-deleted) and what
/// changed is recorded on the version. Any failure rolls everything back.
/// </summary>
public sealed class MinutesImporter(
    ArchiveContext db,
    IPersonResolver? persons = null,
    IOrganizationResolver? organizations = null,
    string bodyName = MinutesImporter.DefaultBodyName,
    TimeProvider? clock = null)
{
    public const string DefaultBodyName = "Kommunen";

    private readonly IPersonResolver _persons = persons ?? new AliasPersonResolver();
    private readonly IOrganizationResolver _organizations = organizations ?? new NameHistoryOrganizationResolver();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ImportOutcome Import(SourceFile source, MinutesDocument minutes)
    {
        var sha = source.Sha256;
        if (FindArchived(sha) is { } unchanged)
            return unchanged;

        var header = minutes.Meeting;
        if (header.Date is not { } date)
            throw new ArchiveImportException("the minutes name no meeting date, so the meeting cannot be identified");
        if (string.IsNullOrWhiteSpace(header.Committee))
            throw new ArchiveImportException("the minutes name no committee, so the meeting cannot be identified");

        var now = _clock.GetUtcNow().UtcDateTime;
        using var transaction = db.Database.BeginTransaction();
        try
        {
            var (outcome, meeting) = Write(source, sha, minutes, header, date, now);
            db.SaveChanges();
            transaction.Commit();
            return outcome with { MeetingId = meeting.Id };
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
        finally
        {
            // Nothing half-written stays tracked: the next document starts from the database as it is.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The "unchanged" outcome when a document with these SHA-256 bytes is already archived, else null. Callers may
    /// ask before parsing: the same bytes are never parsed or written twice.
    /// </summary>
    public ImportOutcome? FindArchived(string sha256)
    {
        var existing = db.MeetingVersions.Where(v => v.SourceDocument.Sha256 == sha256)
            .Select(v => new { v.MeetingId, v.Meeting.Name, v.Number }).FirstOrDefault();
        return existing is null ? null
            : new ImportOutcome(ImportStatus.Unchanged, existing.MeetingId, existing.Name, existing.Number, "samme bytes som et arkiveret dokument");
    }

    private (ImportOutcome, Meeting) Write(SourceFile source, string sha, MinutesDocument minutes, MeetingHeader header, DateOnly date, DateTime now)
    {
        var body = db.Bodies.FirstOrDefault(b => b.Name == bodyName);
        if (body is null)
        {
            body = new Body { Name = bodyName, Created = now, Modified = now };
            db.Bodies.Add(body);
        }
        var term = header.Term ?? Terms.For(date);
        var where = $"{source.FileName}, {Names.Clean(header.Committee!)} {date:yyyy-MM-dd}";
        // Statements in the text that a committee has been renamed come first, so that the header's name finds the
        // organization they describe.
        foreach (var item in minutes.Items)
            foreach (var section in item.Sections)
                foreach (var statement in RenameStatements.Find(section.PlainText))
                {
                    // A rename that joins two archived organizations clears the change tracker: read the body again.
                    body = CurrentBody();
                    _organizations.Relate(db, body, statement, Mention.At(date, term, $"{where}, punkt {item.Number}, {section.Heading}"), now);
                }
        body = CurrentBody();
        var organization = _organizations.Resolve(db, body, header.Committee!, Mention.At(date, term, $"{where}, mødeoverskrift"), now);

        var document = new SourceDocument
        {
            FileName = source.FileName,
            Sha256 = sha,
            Bytes = source.Bytes,
            Length = source.Bytes.LongLength,
            ImportedAt = now,
            ParserVersion = source.ParserVersion,
            Encoding = source.Encoding,
        };
        db.SourceDocuments.Add(document);

        var meeting = organization.Id == 0 ? null : db.Meetings
            .Include(m => m.Participants)
            .Include(m => m.Absences)
            .Include(m => m.Versions)
            .FirstOrDefault(m => m.OrganizationId == organization.Id && m.Date == date);

        ImportStatus status;
        string changes;
        if (meeting is null)
        {
            meeting = new Meeting { Organization = organization, Name = "", Date = date, Created = now, Modified = now };
            db.Meetings.Add(meeting);
            status = ImportStatus.Imported;
            changes = $"{minutes.Items.Count} punkter, {minutes.Items.Sum(i => i.Decisions.Count)} beslutninger";
        }
        else
        {
            var oldItems = db.AgendaItems
                .Where(i => i.MeetingId == meeting.Id && !i.Deleted)
                .Include(i => i.Sections).Include(i => i.Decisions).Include(i => i.CompetenceSteps).Include(i => i.Files)
                .Include(i => i.Consultations)
                .ToList();
            changes = ChangeSummary.Describe(oldItems, minutes.Items);
            foreach (var old in oldItems)
            {
                old.Deleted = true;
                old.Modified = now;
                foreach (var consultation in old.Consultations.Where(c => !c.Deleted))
                {
                    consultation.Deleted = true;
                    consultation.Modified = now;
                }
            }
            db.MeetingParticipants.RemoveRange(meeting.Participants);
            meeting.Participants.Clear();
            db.Absences.RemoveRange(meeting.Absences);
            meeting.Absences.Clear();
            foreach (var version in meeting.Versions)
                version.IsCurrent = false;
            meeting.Modified = now;
            status = ImportStatus.NewVersion;
        }

        FillMeeting(meeting, body, organization, header, term, where, now);
        AddItems(meeting, body, organization, minutes.Items, term, where, now);

        var number = meeting.Versions.Count == 0 ? 1 : meeting.Versions.Max(v => v.Number) + 1;
        meeting.Versions.Add(new MeetingVersion
        {
            Meeting = meeting,
            SourceDocument = document,
            Number = number,
            ImportedAt = now,
            IsCurrent = true,
            Changes = changes,
        });
        return (new ImportOutcome(status, meeting.Id, meeting.Name, number, changes), meeting);
    }

    private Body CurrentBody() => db.Bodies.Local.FirstOrDefault(b => b.Name == bodyName) ?? db.Bodies.First(b => b.Name == bodyName);

    private void FillMeeting(Meeting meeting, Body body, Organization organization, MeetingHeader header, Referat.Domain.LegislativeTerm term, string where, DateTime now)
    {
        meeting.Name = $"{CommitteeNames.Display(header.Committee!)} {meeting.Date:yyyy-MM-dd}";
        meeting.StartTime = header.Start;
        meeting.EndTime = header.End;
        meeting.MeetingState = "minutes published";
        meeting.LegislativeTermName = header.Term?.ToString();
        if (header.Term is { } printed)
            EnsureTerm(body, printed, now);
        if (!string.IsNullOrWhiteSpace(header.Location))
        {
            var description = Names.Clean(header.Location);
            meeting.Location = db.Locations.Local.FirstOrDefault(l => l.Description == description)
                ?? (body.Id == 0 ? null : db.Locations.FirstOrDefault(l => l.BodyId == body.Id && l.Description == description))
                ?? new Location { Body = body, Description = description, Created = now, Modified = now };
        }
        else
            meeting.Location = null;

        var order = 0;
        var seen = new HashSet<Person>();
        var list = Mention.At(meeting.Date, term, $"{where}, deltagerliste");
        var persons = _persons.ResolveList(db, body, header.Participants, list, participantList: true, now);
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            if (!seen.Add(person))
                continue;
            var participant = header.Participants[i];
            meeting.Participants.Add(new MeetingParticipant { Meeting = meeting, Person = person, Party = participant.Party, Order = ++order });
            EnsureMembership(body, person, organization, participant.Party, "medlem", term, list, now);
        }
        foreach (var absence in ToRecords(header.Absences, body, organization, Mention.At(meeting.Date, term, $"{where}, fravær"), term, now))
            meeting.Absences.Add(absence);
    }

    private Entities.LegislativeTerm EnsureTerm(Body body, Referat.Domain.LegislativeTerm term, DateTime now)
    {
        var name = term.ToString();
        var existing = db.LegislativeTerms.Local.FirstOrDefault(t => t.Name == name && (t.Body == body || body.Id != 0 && t.BodyId == body.Id))
            ?? (body.Id == 0 ? null : db.LegislativeTerms.FirstOrDefault(t => t.BodyId == body.Id && t.Name == name));
        if (existing is not null)
            return existing;
        var created = new Entities.LegislativeTerm
        {
            Body = body, Name = name, StartDate = new DateOnly(term.FirstYear, 1, 1), EndDate = new DateOnly(term.LastYear, 12, 31),
            Created = now, Modified = now,
        };
        db.LegislativeTerms.Add(created);
        return created;
    }

    /// <summary>
    /// A membership inferred from a list in the minutes: one per person, organization, term, role and party, with the
    /// first and last meeting it was seen at and where it was first inferred.
    /// </summary>
    private void EnsureMembership(Body body, Person person, Organization organization, string? party, string role, Referat.Domain.LegislativeTerm term, Mention mention, DateTime now)
    {
        var legislativeTerm = EnsureTerm(body, term, now);
        var membership = db.Memberships.Local.FirstOrDefault(m => m.Person == person && m.Organization == organization && m.Role == role
                && m.Party == party && m.LegislativeTerm == legislativeTerm && !m.Deleted)
            ?? (person.Id == 0 || organization.Id == 0 || legislativeTerm.Id == 0 ? null
                : db.Memberships.FirstOrDefault(m => m.PersonId == person.Id && m.OrganizationId == organization.Id && m.Role == role
                    && m.Party == party && m.LegislativeTermId == legislativeTerm.Id && !m.Deleted));
        if (membership is null)
        {
            membership = new Membership
            {
                Person = person, Organization = organization, Role = role, Party = party, LegislativeTerm = legislativeTerm,
                FirstSeen = mention.Date, LastSeen = mention.Date, Evidence = mention.Where, Created = now, Modified = now,
            };
            db.Memberships.Add(membership);
        }
        membership.Observations++;
        if (membership.FirstSeen is null || mention.Date < membership.FirstSeen)
        {
            membership.FirstSeen = mention.Date;
            membership.Evidence = mention.Where;
        }
        if (membership.LastSeen is null || mention.Date > membership.LastSeen)
            membership.LastSeen = mention.Date;
    }

    private void AddItems(Meeting meeting, Body body, Organization organization, IReadOnlyList<DomainItem> items, Referat.Domain.LegislativeTerm term, string where, DateTime now)
    {
        foreach (var item in items)
        {
            var record = new Entities.AgendaItem
            {
                Meeting = meeting,
                Number = item.Number,
                Order = item.Order,
                Name = item.Title,
                Types = item.Types.Count == 0 ? null : string.Join("; ", item.Types),
                Public = !item.IsClosed,
                CaseNumber = item.CaseNumber?.Text,
                Result = item.Decisions.Count == 0 ? null : item.Decisions[^1].Outcome.ToString(),
                Created = now,
                Modified = now,
            };
            var order = 0;
            foreach (var section in item.Sections)
                record.Sections.Add(new ItemSection { Order = ++order, Heading = section.Heading, Kind = section.Kind, Text = section.PlainText });
            order = 0;
            foreach (var step in item.Competence)
                record.CompetenceSteps.Add(new CompetenceStepRecord { Order = ++order, Text = step.Text, BodyName = step.Body, Role = step.Role });
            order = 0;
            foreach (var decision in item.Decisions)
            {
                var date = decision.Date ?? meeting.Date;
                var decisionTerm = decision.Date is { } d && !term.Contains(d) ? Terms.For(d) : term;
                var decisionWhere = $"{where}, punkt {item.Number}";
                var decidingBody = string.IsNullOrWhiteSpace(decision.Body) ? null
                    : _organizations.Resolve(db, body, decision.Body, Mention.At(date, decisionTerm, $"{decisionWhere}, beslutning"), now);
                var decisionRecord = new DecisionRecord
                {
                    Order = ++order,
                    BodyName = decision.Body,
                    Organization = decidingBody,
                    Date = decision.Date,
                    Text = decision.Text,
                    Outcome = decision.Outcome,
                    Points = decision.Points.Count == 0 ? null : string.Join(',', decision.Points),
                };
                var voters = decision.Votes.Where(v => v.Member is not null).Select(v => v.Member!).ToList();
                var voteMention = Mention.At(date, decisionTerm, $"{decisionWhere}, afstemning");
                var votePersons = _persons.ResolveList(db, body, voters, voteMention, participantList: false, now);
                var v = 0;
                foreach (var vote in decision.Votes)
                {
                    var person = vote.Member is null ? null : votePersons[v++];
                    if (person is not null)
                        EnsureMembership(body, person, decidingBody ?? organization, vote.Member!.Party, "medlem", decisionTerm, voteMention, now);
                    decisionRecord.Votes.Add(new VoteRecord { Position = vote.Position, Person = person, Party = vote.Party ?? vote.Member?.Party });
                }
                foreach (var absence in ToRecords(decision.Absences, body, decidingBody ?? organization, Mention.At(date, decisionTerm, $"{decisionWhere}, fravær"), decisionTerm, now))
                    decisionRecord.Absences.Add(absence);
                record.Decisions.Add(decisionRecord);
            }
            order = 0;
            foreach (var attachment in item.Attachments)
                record.Files.Add(new FileRecord { Name = attachment.Title, Order = ++order, Created = now, Modified = now });

            if (item.CaseNumber is { } caseNumber)
            {
                var paper = ResolvePaper(body, caseNumber, item.Title, now);
                var step = CompetenceFor(organization, item.Competence, db.OrganizationNames.Local.Where(n => n.Organization == organization).Select(n => n.Key));
                record.Consultations.Add(new Consultation
                {
                    Paper = paper,
                    Meeting = meeting,
                    Date = meeting.Date,
                    AgendaItem = record,
                    Organization = organization,
                    Role = step is null ? null : RoleName(step.Role),
                    Authoritative = step?.Role == CompetenceRole.Decides,
                    Created = now,
                    Modified = now,
                });
                // Earlier bodies' decisions printed under the item are their treatments of the case too: one consultation
                // each, without a meeting (that body's minutes are not this document).
                foreach (var earlier in record.Decisions.Where(d => d.Organization is not null && d.Date is not null
                             && (d.Organization != organization || d.Date != meeting.Date)))
                {
                    if (record.Consultations.Any(c => c.Organization == earlier.Organization && c.Date == earlier.Date))
                        continue;
                    var earlierStep = CompetenceFor(earlier.Organization!, item.Competence,
                        db.OrganizationNames.Local.Where(n => n.Organization == earlier.Organization).Select(n => n.Key));
                    record.Consultations.Add(new Consultation
                    {
                        Paper = paper,
                        Date = earlier.Date,
                        AgendaItem = record,
                        Organization = earlier.Organization!,
                        Role = earlierStep is null ? null : RoleName(earlierStep.Role),
                        Authoritative = earlierStep?.Role == CompetenceRole.Decides,
                        Created = now,
                        Modified = now,
                    });
                }
            }
            meeting.AgendaItems.Add(record);
        }
    }

    private Paper ResolvePaper(Body body, CaseNumber caseNumber, string title, DateTime now)
    {
        var reference = caseNumber.Text;
        var paper = db.Papers.Local.FirstOrDefault(p => p.Reference == reference)
            ?? (body.Id == 0 ? null : db.Papers.FirstOrDefault(p => p.BodyId == body.Id && p.Reference == reference));
        if (paper is null)
        {
            paper = new Paper
            {
                Body = body, Reference = reference, Name = title, KleSubject = caseNumber.Subject, Facet = caseNumber.Facet,
                Serial = caseNumber.Serial, Year = caseNumber.Year, Created = now, Modified = now,
            };
            db.Papers.Add(paper);
        }
        return paper;
    }

    /// <summary>The competence step that names the meeting's organization, by normalised name.</summary>
    internal static CompetenceStep? CompetenceFor(Organization organization, IReadOnlyList<CompetenceStep> chain, IEnumerable<string>? nameKeys = null)
    {
        var key = organization.NormalisedName;
        var keys = (nameKeys ?? []).Append(CommitteeNames.Key(organization.Name)).ToHashSet();
        return chain.FirstOrDefault(s => s.Body is not null && (Names.Normalise(s.Body) == key || keys.Contains(CommitteeNames.Key(s.Body))))
            ?? chain.FirstOrDefault(s => Names.Normalise(s.Text).StartsWith(key, StringComparison.Ordinal));
    }

    private static string? RoleName(CompetenceRole role) => role switch
    {
        CompetenceRole.Recommends => "recommend",
        CompetenceRole.Decides => "decide",
        CompetenceRole.IsInformed => "inform",
        _ => null,
    };

    /// <summary>
    /// One attendance list: the absent members and their substitutes are resolved together (different people), an
    /// absent member is a member of the organization, a substitute a substitute member (stedfortræder).
    /// </summary>
    private List<AbsenceRecord> ToRecords(IReadOnlyList<Absence> absences, Body body, Organization organization, Mention mention, Referat.Domain.LegislativeTerm term, DateTime now)
    {
        var members = absences.Select(a => a.Member).Concat(absences.Where(a => a.Substitute is not null).Select(a => a.Substitute!)).ToList();
        var persons = _persons.ResolveList(db, body, members, mention, participantList: false, now);
        var records = new List<AbsenceRecord>();
        var s = absences.Count;
        for (var i = 0; i < absences.Count; i++)
        {
            var absence = absences[i];
            var person = persons[i];
            var substitute = absence.Substitute is null ? null : persons[s++];
            EnsureMembership(body, person, organization, absence.Member.Party, "medlem", term, mention, now);
            if (substitute is not null)
                EnsureMembership(body, substitute, organization, absence.Substitute!.Party, "stedfortræder", term, mention with { Where = $"{mention.Where} (i stedet deltog)" }, now);
            records.Add(new AbsenceRecord { Person = person, Substitute = substitute, Note = absence.Note });
        }
        return records;
    }
}
