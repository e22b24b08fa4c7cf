using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Referat.Domain;
using Referat.Storage.Reading;
using Referat.Storage.Rows;

namespace Referat.Storage.Writing;

/// <summary>A file as read from disk, with the version of the parser that read it.</summary>
public sealed record SourceFile(string FileName, byte[] Bytes, string ParserVersion, string? Encoding = null)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>The fields the parser read with low confidence, described (stored with the document).</summary>
    public IReadOnlyList<string> Uncertain { get; init; } = [];

    /// <summary>Where the document puts the meeting: published minutes (every imported file), or the secretariat's
    /// published agenda.</summary>
    public MeetingState State { get; init; } = MeetingState.MinutesPublished;

    /// <summary>Why this version was made, in the words of whoever made it (a correction's note); put before the
    /// summary of what changed.</summary>
    public string? ChangeNote { get; init; }
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
/// Imports parsed minutes documents into the archive, each in one transaction. The same bytes again change nothing;
/// a different document for a meeting already archived (same committee and date) becomes a new version of it: the
/// old source document is kept, the meeting's items are replaced (the old ones soft-deleted) and what changed is
/// recorded on the version. Any failure rolls the document back.
/// </summary>
/// <remarks>
/// One importer is one import session: it holds the body's registers in memory (<see cref="Register"/>) and writes
/// each document's rows in bulk (<see cref="RowWriter"/>), so that a document costs a handful of statements, not one
/// round trip per row. Not thread-safe: one importer writes at a time.
/// </remarks>
public sealed class MinutesImporter : IDisposable
{
    public const string DefaultBodyName = "Kommunen";

    private readonly ArchiveContext _db;
    private readonly IPersonResolver _persons;
    private readonly IOrganizationResolver _organizations;
    private readonly TimeProvider _clock;
    private readonly Register _register;
    private readonly IReadOnlyList<RowTable> _tables;
    private readonly RowWriter _writer;

    public MinutesImporter(ArchiveContext db, IPersonResolver? persons = null, IOrganizationResolver? organizations = null,
        string bodyName = DefaultBodyName, TimeProvider? clock = null)
    {
        _db = db;
        _persons = persons ?? new AliasPersonResolver();
        _organizations = organizations ?? new NameHistoryOrganizationResolver();
        _clock = clock ?? TimeProvider.System;
        _register = new Register(db, bodyName) { Merger = Merge };
        _tables = RowTables.Of(db);
        // One connection for the session: its prepared statements are reused for every document. A bulk import
        // checkpoints the SQLite write-ahead log less often (every 32 MB rather than 4 MB).
        db.Database.OpenConnection();
        if (db.Database.IsSqlite())
            db.Database.ExecuteSqlRaw("PRAGMA wal_autocheckpoint = 8192");
        _writer = RowWriter.For(db);
    }

    /// <summary>Imports one document; <paramref name="renames"/> are the rename statements the import read in it.</summary>
    public ImportOutcome Import(SourceFile source, MinutesDocument minutes, IReadOnlyList<RenameStatement>? renames = null)
    {
        if (FindArchived(source.Sha256) is { } unchanged)
            return unchanged;

        var header = minutes.Meeting;
        if (header.Date is not { } date)
            throw new ArchiveImportException("the minutes name no meeting date, so the meeting cannot be identified");
        if (string.IsNullOrWhiteSpace(header.Committee))
            throw new ArchiveImportException("the minutes name no committee, so the meeting cannot be identified");

        _db.ChangeTracker.Clear();
        // One transaction per document, or the caller's when it has one (the secretariat publishes and audits in one).
        var outer = _db.Database.CurrentTransaction is not null;
        using var transaction = outer ? null : _db.Database.BeginTransaction();
        try
        {
            _register.Now = _clock.GetUtcNow().UtcDateTime;
            var stamp = _register.ReadStamp();
            if (stamp != _register.Stamp)
            {
                _register.Unit = new ImportUnit();
                _register.Load();
                _writer.Forget();
            }
            var (status, meeting, version, changes) = new DocumentWrite(this, source, minutes, renames ?? [], date).Write();
            _register.Unit.Flush(_writer, _tables);
            _register.Unit = new ImportUnit();
            _register.Stamp = _register.ReadStamp();
            transaction?.Commit();
            return new ImportOutcome(status, meeting.Id, meeting.Name, version, changes);
        }
        catch
        {
            transaction?.Rollback();
            Forget();
            throw;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Forgets what the session holds in memory of the archive, so that the next document reads it again: after this
    /// document failed, or after the caller's transaction that held it was rolled back.
    /// </summary>
    public void Forget()
    {
        _register.Stamp = null;
        _register.Unit = new ImportUnit();
        _writer.Forget();
    }

    /// <summary>
    /// The "unchanged" outcome when a document with these SHA-256 bytes is already archived, else null. Callers may
    /// ask before parsing: the same bytes are never parsed or written twice.
    /// </summary>
    public ImportOutcome? FindArchived(string sha256)
    {
        _findArchived ??= ArchivedQuery();
        _findArchived.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        _findArchived.Parameters[0].Value = sha256;
        using var reader = _findArchived.ExecuteReader();
        return reader.Read()
            ? new ImportOutcome(ImportStatus.Unchanged, reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), "samme bytes som et arkiveret dokument")
            : null;
    }

    private System.Data.Common.DbCommand? _findArchived;

    /// <summary>The archived meeting of the organization on the date, with its versions; null when there is none.</summary>
    private MeetingRow? ExistingMeeting(long organizationId, DateOnly date)
    {
        _findMeeting ??= MeetingQuery();
        _findMeeting.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        _findMeeting.Parameters[0].Value = organizationId;
        _findMeeting.Parameters[1].Value = date;
        long? id;
        using (var reader = _findMeeting.ExecuteReader())
            id = reader.Read() ? reader.GetInt64(0) : null;
        // A new version is rare: the whole row is read through EF then.
        return id is null ? null : _db.Meetings.AsNoTracking().Include(m => m.Versions).First(m => m.Id == id);
    }

    private System.Data.Common.DbCommand? _findMeeting;

    private System.Data.Common.DbCommand MeetingQuery()
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM \"meeting\" WHERE \"OrganizationId\" = @organization AND \"Date\" = @date";
        foreach (var name in new[] { "@organization", "@date" })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>The meeting version a source document's bytes made, by their SHA-256 (the unique index).</summary>
    private System.Data.Common.DbCommand ArchivedQuery()
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT v.\"MeetingId\", m.\"Name\", v.\"Number\" FROM \"meeting_version\" v " +
            "JOIN \"source_document\" d ON d.\"Id\" = v.\"SourceDocumentId\" JOIN \"meeting\" m ON m.\"Id\" = v.\"MeetingId\" " +
            "WHERE d.\"Sha256\" = @sha LIMIT 1";
        var sha = command.CreateParameter();
        sha.ParameterName = "@sha";
        command.Parameters.Add(sha);
        return command;
    }

    public void Dispose()
    {
        _findArchived?.Dispose();
        _findMeeting?.Dispose();
        _writer.Dispose();
        _db.Database.CloseConnection();
    }

    /// <summary>
    /// Makes two archived organizations one, inside the document's transaction: what the document has added so far is
    /// written, everything that points to <paramref name="absorb"/> is pointed to <paramref name="keep"/>, the absorbed
    /// one is soft-deleted, and the register is read again.
    /// </summary>
    private OrganizationRow Merge(OrganizationRow keep, OrganizationRow absorb)
    {
        _register.Unit.Flush(_writer, _tables);
        _register.Unit = new ImportUnit();
        long k = keep.Id, a = absorb.Id;
        _db.Meetings.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        _db.Memberships.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        _db.Consultations.Where(c => c.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(c => c.OrganizationId, k));
        _db.Decisions.Where(d => d.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(d => d.OrganizationId, k));
        _db.OrganizationMerges.Where(m => m.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(m => m.OrganizationId, k));
        // A spelling both organizations have stays once.
        var keepNames = _db.OrganizationNames.Where(n => n.OrganizationId == k).Select(n => n.NormalisedName).ToList();
        _db.OrganizationNames.Where(n => n.OrganizationId == a && keepNames.Contains(n.NormalisedName)).ExecuteDelete();
        _db.OrganizationNames.Where(n => n.OrganizationId == a).ExecuteUpdate(s => s.SetProperty(n => n.OrganizationId, k));
        _db.Organizations.Where(o => o.Id == a).ExecuteUpdate(s => s.SetProperty(o => o.Deleted, true).SetProperty(o => o.Modified, _register.Now));
        _register.Load();
        _writer.Forget();
        return _register.Organizations.First(o => o.Id == k);
    }

    /// <summary>One document being written: the rows of its meeting, items and version.</summary>
    private sealed class DocumentWrite(MinutesImporter importer, SourceFile source, MinutesDocument minutes, IReadOnlyList<RenameStatement> renames, DateOnly date)
    {
        private readonly Register _register = importer._register;
        private readonly ArchiveContext _db = importer._db;
        private readonly MeetingHeader _header = minutes.Meeting;
        private readonly LegislativeTerm _term = minutes.Meeting.Term ?? LegislativeTerm.Containing(date);
        private string _where = "";
        private OrganizationRow _organization = null!;
        private MeetingRow _meeting = null!;

        private DateTime Now => _register.Now;

        public (ImportStatus Status, MeetingRow Meeting, int Version, string Changes) Write()
        {
            _where = $"{source.FileName}, {Names.Clean(_header.Committee!)} {date:yyyy-MM-dd}";
            // Statements in the text that a committee has been renamed come first, so that the header's name finds the
            // organization they describe.
            foreach (var statement in renames)
                importer._organizations.Relate(_register, statement, Mention.At(date, _term, statement.Place is null ? _where : $"{_where}, {statement.Place}"));
            _organization = importer._organizations.Resolve(_register, _header.Committee!, Mention.At(date, _term, $"{_where}, mødeoverskrift"));

            var document = _register.Add(new SourceDocumentRow
            {
                FileName = source.FileName, Sha256 = source.Sha256, Bytes = source.Bytes, Length = source.Bytes.LongLength,
                ImportedAt = Now, ParserVersion = source.ParserVersion, Encoding = source.Encoding, Uncertain = source.Uncertain.ToList(),
            });

            var existing = ImportUnit.IsNew(_organization) ? null : importer.ExistingMeeting(_organization.Id, date);
            ImportStatus status;
            string changes;
            int number;
            if (existing is null)
            {
                _meeting = _register.Add(new MeetingRow { Organization = _organization, Name = "", Committee = "", Date = date, Created = Now, Modified = Now });
                status = ImportStatus.Imported;
                changes = $"{minutes.Items.Count} punkter, {minutes.Items.Sum(i => i.Decisions.Count)} beslutninger";
                number = 1;
            }
            else
            {
                _meeting = existing;
                _meeting.Organization = _organization;
                var before = StoredMinutes.Load(_db, existing.Id);
                // A meeting planned in the secretariat has no version before its agenda: its first is summarised as an import's.
                changes = existing.Versions.Count == 0
                    ? $"{minutes.Items.Count} punkter, {minutes.Items.Sum(i => i.Decisions.Count)} beslutninger"
                    : MinutesChanges.Describe(before?.Items ?? [], minutes.Items);
                if (!string.IsNullOrWhiteSpace(source.ChangeNote))
                    changes = $"{source.ChangeNote.Trim()} ({changes})";
                ReplaceContent(existing.Id);
                _meeting.Modified = Now;
                _register.Touch(_meeting);
                status = ImportStatus.NewVersion;
                number = existing.Versions.Count == 0 ? 1 : existing.Versions.Max(v => v.Number) + 1;
            }

            FillMeeting();
            AddItems();
            _register.Add(new MeetingVersionRow
            {
                Meeting = _meeting, SourceDocument = document, Number = number, ImportedAt = Now, IsCurrent = true, Changes = changes,
                TableOfContents = minutes.TableOfContents.ToList(), AttachmentsPart = minutes.AttachmentsPart.ToList(),
            });
            return (status, _meeting, number, changes);
        }

        /// <summary>A new version: the current items (and their consultations) become history, the lists go.</summary>
        private void ReplaceContent(long meetingId)
        {
            var now = Now;
            _db.Consultations.Where(c => c.AgendaItem.MeetingId == meetingId && !c.AgendaItem.Deleted && !c.Deleted)
                .ExecuteUpdate(s => s.SetProperty(c => c.Deleted, true).SetProperty(c => c.Modified, now));
            _db.AgendaItems.Where(i => i.MeetingId == meetingId && !i.Deleted)
                .ExecuteUpdate(s => s.SetProperty(i => i.Deleted, true).SetProperty(i => i.Modified, now));
            _db.MeetingParticipants.Where(p => p.MeetingId == meetingId).ExecuteDelete();
            _db.Absences.Where(a => a.MeetingId == meetingId).ExecuteDelete();
            _db.MeetingVersions.Where(v => v.MeetingId == meetingId).ExecuteUpdate(s => s.SetProperty(v => v.IsCurrent, false));
        }

        private void FillMeeting()
        {
            var committee = CommitteeNames.Display(_header.Committee!);
            _meeting.Committee = _header.Committee!;
            _meeting.Name = $"{committee} {date:yyyy-MM-dd}";
            _meeting.StartTime = _header.Start;
            _meeting.EndTime = _header.End;
            _meeting.State = source.State;
            _meeting.LegislativeTermName = _header.Term?.ToString();
            if (_header.Term is { } printed)
                EnsureTerm(printed);
            _meeting.LocationText = _header.Location;
            _meeting.Location = string.IsNullOrWhiteSpace(_header.Location) ? null : EnsureLocation(Names.Clean(_header.Location));
            if (_meeting.Location is null)
                _meeting.LocationId = null;

            var list = Mention.At(date, _term, $"{_where}, deltagerliste");
            var persons = importer._persons.ResolveList(_register, _header.Participants, list, participantList: true);
            var seen = new HashSet<PersonRow>();
            var order = 0;
            for (var i = 0; i < persons.Count; i++)
            {
                var person = persons[i];
                if (!seen.Add(person))
                    continue;
                var participant = _header.Participants[i];
                _register.Add(new MeetingParticipantRow { Meeting = _meeting, Person = person, Name = participant.Name, Party = participant.Party, Order = ++order });
                EnsureMembership(person, _organization, participant.Party, MembershipRole.Member, _term, list);
            }
            order = 0;
            foreach (var absence in Absences(_header.Absences, _organization, Mention.At(date, _term, $"{_where}, fravær"), _term))
            {
                absence.Meeting = _meeting;
                absence.Order = ++order;
                _register.Add(absence);
            }
        }

        private LegislativeTermRow EnsureTerm(LegislativeTerm term)
        {
            var name = term.ToString();
            if (_register.Terms.TryGetValue(name, out var existing))
                return existing;
            return _register.Terms[name] = _register.Add(new LegislativeTermRow
            {
                Body = _register.Body, Name = name, StartDate = term.Start, EndDate = term.End, Created = Now, Modified = Now,
            });
        }

        private LocationRow EnsureLocation(string description)
        {
            if (_register.Locations.TryGetValue(description, out var existing))
                return existing;
            return _register.Locations[description] = _register.Add(new LocationRow { Body = _register.Body, Description = description, Created = Now, Modified = Now });
        }

        /// <summary>
        /// A membership inferred from a list in the minutes: one per person, organization, term, role and party, with the
        /// first and last meeting it was seen at and where it was first inferred.
        /// </summary>
        private void EnsureMembership(PersonRow person, OrganizationRow organization, string? party, MembershipRole role, LegislativeTerm term, Mention mention)
        {
            var termRow = EnsureTerm(term);
            var key = (person, organization, role, party, termRow);
            if (!_register.Memberships.TryGetValue(key, out var membership))
            {
                membership = _register.Memberships[key] = _register.Add(new MembershipRow
                {
                    Person = person, Organization = organization, Role = role, Party = party, LegislativeTerm = termRow,
                    FirstSeen = mention.Date, LastSeen = mention.Date, Evidence = mention.Where, Created = Now, Modified = Now,
                });
            }
            membership.Observations++;
            if (membership.FirstSeen is null || mention.Date < membership.FirstSeen)
            {
                membership.FirstSeen = mention.Date;
                membership.Evidence = mention.Where;
            }
            if (membership.LastSeen is null || mention.Date > membership.LastSeen)
                membership.LastSeen = mention.Date;
            _register.Touch(membership);
        }

        private void AddItems()
        {
            foreach (var item in minutes.Items)
            {
                var row = _register.Add(new AgendaItemRow
                {
                    Meeting = _meeting, Number = item.Number, Order = item.Order, Name = item.Title, Types = item.Types.ToList(),
                    Public = !item.IsClosed, CaseNumber = item.CaseNumber?.Text, Created = Now, Modified = Now,
                });
                var order = 0;
                foreach (var section in item.Sections)
                    _register.Add(new ItemSectionRow { AgendaItem = row, Order = ++order, Heading = section.Heading, Kind = section.Kind, Blocks = section.Blocks.ToList() });
                order = 0;
                foreach (var step in item.Competence)
                    _register.Add(new CompetenceStepRow { AgendaItem = row, Order = ++order, Text = step.Text, BodyName = step.Body, Role = step.Role });
                var decisions = AddDecisions(item, row);
                row.Result = (decisions.LastOrDefault(d => d.IsOwn) ?? decisions.LastOrDefault())?.Outcome;
                order = 0;
                foreach (var attachment in item.Attachments)
                    _register.Add(new FileRow { AgendaItem = row, Name = attachment.Title, Order = ++order, Created = Now, Modified = Now });
                if (item.CaseNumber is { } caseNumber)
                    AddConsultations(item, row, caseNumber, decisions);
            }
        }

        private List<DecisionRow> AddDecisions(AgendaItem item, AgendaItemRow row)
        {
            var rows = new List<DecisionRow>();
            var order = 0;
            foreach (var decision in item.Decisions)
            {
                var when = decision.Date ?? date;
                var term = decision.Date is { } d && !_term.Contains(d) ? LegislativeTerm.Containing(d) : _term;
                var where = $"{_where}, punkt {item.Number}";
                var body = string.IsNullOrWhiteSpace(decision.Body) ? null
                    : importer._organizations.Resolve(_register, decision.Body, Mention.At(when, term, $"{where}, beslutning"));
                var record = _register.Add(new DecisionRow
                {
                    AgendaItem = row, Order = ++order, BodyName = decision.Body, Organization = body, Date = decision.Date, Text = decision.Text,
                    Outcome = decision.Outcome, Points = decision.Points.ToList(),
                    IsOwn = decision.IsOwnDecisionOf(body is null || body == _organization, date),
                });
                rows.Add(record);
                var voters = decision.Votes.Where(v => v.Member is not null).Select(v => v.Member!).ToList();
                var voteMention = Mention.At(when, term, $"{where}, afstemning");
                var persons = importer._persons.ResolveList(_register, voters, voteMention, participantList: false);
                var v = 0;
                var voteOrder = 0;
                foreach (var vote in decision.Votes)
                {
                    var person = vote.Member is null ? null : persons[v++];
                    if (person is not null)
                        EnsureMembership(person, body ?? _organization, vote.Member!.Party, MembershipRole.Member, term, voteMention);
                    _register.Add(new VoteRow
                    {
                        Decision = record, Order = ++voteOrder, Position = vote.Position, Person = person, Name = vote.Member?.Name,
                        MemberParty = vote.Member?.Party, Party = vote.Party,
                    });
                }
                var absenceOrder = 0;
                foreach (var absence in Absences(decision.Absences, body ?? _organization, Mention.At(when, term, $"{where}, fravær"), term))
                {
                    absence.Decision = record;
                    absence.Order = ++absenceOrder;
                    _register.Add(absence);
                }
            }
            return rows;
        }

        private void AddConsultations(AgendaItem item, AgendaItemRow row, CaseNumber caseNumber, List<DecisionRow> decisions)
        {
            var paper = EnsurePaper(caseNumber, item.Title);
            var step = CompetenceFor(_organization, item.Competence);
            var consultations = new List<ConsultationRow>
            {
                _register.Add(new ConsultationRow
                {
                    Paper = paper, Meeting = _meeting, Date = date, AgendaItem = row, Organization = _organization,
                    Role = step?.Role ?? CompetenceRole.Unspecified, Authoritative = step?.Role == CompetenceRole.Decides, Created = Now, Modified = Now,
                }),
            };
            // Earlier bodies' decisions printed under the item are their treatments of the case too: one consultation
            // each, without a meeting (that body's minutes are not this document).
            foreach (var earlier in decisions.Where(d => d.Organization is not null && d.Date is not null && (d.Organization != _organization || d.Date != date)))
            {
                if (consultations.Any(c => c.Organization == earlier.Organization && c.Date == earlier.Date))
                    continue;
                var earlierStep = CompetenceFor(earlier.Organization!, item.Competence);
                consultations.Add(_register.Add(new ConsultationRow
                {
                    Paper = paper, Date = earlier.Date, AgendaItem = row, Organization = earlier.Organization!,
                    Role = earlierStep?.Role ?? CompetenceRole.Unspecified, Authoritative = earlierStep?.Role == CompetenceRole.Decides,
                    Created = Now, Modified = Now,
                }));
            }
        }

        private PaperRow EnsurePaper(CaseNumber caseNumber, string title)
        {
            if (_register.Papers.TryGetValue(caseNumber.Text, out var paper))
                return paper;
            var kle = caseNumber.Kle;
            return _register.Papers[caseNumber.Text] = _register.Add(new PaperRow
            {
                Body = _register.Body, Reference = caseNumber.Text, Name = title, KleSubject = kle?.Subject ?? caseNumber.Text.Split('-')[0],
                Facet = kle?.Facet ?? "", Serial = kle?.Serial ?? 0, Year = kle?.Year ?? 0, Created = Now, Modified = Now,
            });
        }

        /// <summary>The competence step that names the organization, by any of its names.</summary>
        private static CompetenceStep? CompetenceFor(OrganizationRow organization, IReadOnlyList<CompetenceStep> chain)
        {
            var key = organization.NormalisedName;
            var keys = organization.Names.Select(n => n.Key).Append(CommitteeNames.Key(organization.Name)).ToHashSet();
            return chain.FirstOrDefault(s => s.Body is not null && (Names.Normalise(s.Body) == key || keys.Contains(CommitteeNames.Key(s.Body))))
                ?? chain.FirstOrDefault(s => Names.Normalise(s.Text).StartsWith(key, StringComparison.Ordinal));
        }

        /// <summary>
        /// One attendance list: the absent members and their substitutes are resolved together (different people), an
        /// absent member is a member of the organization, a substitute a substitute member (stedfortræder).
        /// </summary>
        private List<AbsenceRow> Absences(IReadOnlyList<Absence> absences, OrganizationRow organization, Mention mention, LegislativeTerm term)
        {
            var members = absences.Select(a => a.Member).Concat(absences.Where(a => a.Substitute is not null).Select(a => a.Substitute!)).ToList();
            var persons = importer._persons.ResolveList(_register, members, mention, participantList: false);
            var rows = new List<AbsenceRow>();
            var s = absences.Count;
            for (var i = 0; i < absences.Count; i++)
            {
                var absence = absences[i];
                var person = persons[i];
                var substitute = absence.Substitute is null ? null : persons[s++];
                EnsureMembership(person, organization, absence.Member.Party, MembershipRole.Member, term, mention);
                if (substitute is not null)
                    EnsureMembership(substitute, organization, absence.Substitute!.Party, MembershipRole.Substitute, term, mention with { Where = $"{mention.Where} (i stedet deltog)" });
                rows.Add(new AbsenceRow
                {
                    Person = person, Name = absence.Member.Name, Party = absence.Member.Party, Substitute = substitute,
                    SubstituteName = absence.Substitute?.Name, SubstituteParty = absence.Substitute?.Party, Note = absence.Note,
                });
            }
            return rows;
        }
    }
}
