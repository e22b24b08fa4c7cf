using System.Text.Json;
using System.Text.Json.Nodes;
using Referat.Archive.Export;
using Referat.Archive.Queries;
using Referat.Domain;
using Referat.Storage.Reading;
using Referat.Storage.Rows;

namespace Referat.Web.OParl;

/// <summary>
/// The archive's entities as OParl 1.1 objects. Embedded or referenced exactly as the schema says: Body.legislativeTerm,
/// Meeting.agendaItem, Meeting.location, Paper.consultation, Person.membership and the files of an item are embedded
/// (never a deleted one); everything else is a URL; the body's collections are external lists. What OParl lacks and
/// Danish minutes carry is added as vendor properties prefixed <c>referat:</c>.
/// <para>A closed item (lukket punkt) shows only its number, order, title as the publication policy has it and
/// <c>public: false</c>; its sections, decisions, competence, files and consultations never leave the server.</para>
/// <para>Expects the navigation properties it reads to be loaded (see <see cref="OParlQueries"/>).</para>
/// </summary>
public sealed class OParlProjector(OParlUrls urls, WebOptions options, PublicationPolicy policy)
{
    public const string Vendor = "referat:";

    public OParlUrls Urls => urls;

    /// <summary>In list responses with <c>omit_internal=true</c>: leave out the embedded lists the spec names.</summary>
    public bool OmitInternal { get; init; }

    public JsonObject System() => new JsonObject()
    {
        ["id"] = urls.System,
        ["type"] = OParlJson.Type("System"),
        ["oparlVersion"] = "https://schema.oparl.org/1.1/",
        ["license"] = options.License,
        ["body"] = urls.Bodies,
        ["name"] = options.SystemName,
        ["contactEmail"] = options.ContactEmail,
        ["website"] = urls.Web("/"),
        ["web"] = urls.Web("/"),
    }.WithoutNulls();

    public JsonObject Body(BodyRow body)
    {
        var o = Start("Body", urls.Body(body.Id), body);
        if (body.Deleted)
            return Deleted(o, body);
        o["system"] = urls.System;
        o["name"] = body.Name;
        Set(o, "shortName", body.ShortName);
        o["license"] = options.License;
        o["organization"] = urls.BodyList(body.Id, "organization");
        o["person"] = urls.BodyList(body.Id, "person");
        o["meeting"] = urls.BodyList(body.Id, "meeting");
        o["paper"] = urls.BodyList(body.Id, "paper");
        // Required even with omit_internal: the schema lists it among the required properties.
        o["legislativeTerm"] = Array(body.LegislativeTerms.Where(t => !t.Deleted).OrderBy(t => t.StartDate).ThenBy(t => t.Id).Select(LegislativeTerm));
        o["agendaItem"] = urls.BodyList(body.Id, "agendaItem");
        o["consultation"] = urls.BodyList(body.Id, "consultation");
        o["file"] = urls.BodyList(body.Id, "file");
        o["locationList"] = urls.BodyList(body.Id, "location");
        o["legislativeTermList"] = urls.BodyList(body.Id, "legislativeTerm");
        o["membership"] = urls.BodyList(body.Id, "membership");
        o["classification"] = "Kommune";
        if (body.Organizations.Where(x => !x.Deleted && x.Kind == OrganizationKind.Council).OrderBy(x => x.Id).FirstOrDefault() is { } council)
            o["mainOrganization"] = urls.Organization(council.Id);
        return Finish(o, body, urls.Web("/"));
    }

    public JsonObject LegislativeTerm(LegislativeTermRow term)
    {
        var o = Start("LegislativeTerm", urls.LegislativeTerm(term.Id), term);
        if (term.Deleted)
            return Deleted(o, term);
        o["body"] = urls.Body(term.BodyId);
        o["name"] = term.Name;
        o["startDate"] = OParlJson.Date(term.StartDate);
        o["endDate"] = OParlJson.Date(term.EndDate);
        return Finish(o, term, null);
    }

    public JsonObject Organization(OrganizationRow organization)
    {
        var o = Start("Organization", urls.Organization(organization.Id), organization);
        if (organization.Deleted)
            return Deleted(o, organization);
        o["body"] = urls.Body(organization.BodyId);
        o["name"] = organization.Name;
        var memberships = organization.Memberships.Where(m => !m.Deleted).OrderBy(m => m.Id).Select(m => urls.Membership(m.Id)).ToList();
        if (memberships.Count > 0)
            o["membership"] = Array(memberships);
        o["meeting"] = urls.Object("organization", organization.Id) + "/meeting";
        o["consultation"] = urls.Object("organization", organization.Id) + "/consultation";
        o["organizationType"] = "Gremium";
        o["classification"] = organization.Kind.DanishName();
        o[Vendor + "kind"] = Camel(organization.Kind);
        return Finish(o, organization, urls.Web($"/udvalg/{organization.Id}"));
    }

    public JsonObject Person(PersonRow person)
    {
        var o = Start("Person", urls.Person(person.Id), person);
        if (person.Deleted)
            return Deleted(o, person);
        o["body"] = urls.Body(person.BodyId);
        o["name"] = person.Name;
        if (!OmitInternal)
        {
            var memberships = person.Memberships.Where(m => !m.Deleted).OrderBy(m => m.Id).Select(Membership).ToList();
            if (memberships.Count > 0)
                o["membership"] = Array(memberships);
        }
        Set(o, Vendor + "party", person.Party);
        return Finish(o, person, urls.Web($"/personer/{person.Id}"));
    }

    public JsonObject Membership(MembershipRow membership)
    {
        var o = Start("Membership", urls.Membership(membership.Id), membership);
        if (membership.Deleted)
            return Deleted(o, membership);
        o["person"] = urls.Person(membership.PersonId);
        o["organization"] = urls.Organization(membership.OrganizationId);
        o["role"] = membership.Role.DanishName();
        if (membership.SubstituteOrder is { } order)
            o[Vendor + "substituteOrder"] = order;
        if (membership.StartDate is { } start)
            o["startDate"] = OParlJson.Date(start);
        if (membership.EndDate is { } end)
            o["endDate"] = OParlJson.Date(end);
        Set(o, Vendor + "party", membership.Party);
        return Finish(o, membership, null);
    }

    public JsonObject Location(LocationRow location, IReadOnlyList<long>? meetingIds = null)
    {
        var o = Start("Location", urls.Location(location.Id), location);
        if (location.Deleted)
            return Deleted(o, location);
        o["description"] = location.Description;
        o["bodies"] = Array([urls.Body(location.BodyId)]);
        if (meetingIds is { Count: > 0 })
            o["meetings"] = Array(meetingIds.Select(urls.Meeting));
        return Finish(o, location, null);
    }

    public JsonObject Meeting(MeetingRow meeting)
    {
        var o = Start("Meeting", urls.Meeting(meeting.Id), meeting);
        if (meeting.Deleted)
            return Deleted(o, meeting);
        Set(o, "name", meeting.Name);
        o["meetingState"] = meeting.State.DanishName();
        if (meeting.State == MeetingState.Cancelled)
            o["cancelled"] = true;
        o[Vendor + "state"] = Camel(meeting.State);
        if (meeting.StartTime is { } start)
            o["start"] = OParlJson.LocalDateTime(meeting.Date, start);
        if (meeting.EndTime is { } end)
            o["end"] = OParlJson.LocalDateTime(meeting.Date, end);
        if (meeting.Location is { Deleted: false } location)
            o["location"] = Location(location);
        o["organization"] = Array([urls.Organization(meeting.OrganizationId)]);
        var participants = meeting.Participants.OrderBy(p => p.Order).ThenBy(p => p.Id).ToList();
        if (participants.Count > 0)
            o["participant"] = Array(participants.Select(p => urls.Person(p.PersonId)));
        if (!OmitInternal)
        {
            var items = meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ThenBy(i => i.Id).Select(AgendaItem).ToList();
            if (items.Count > 0)
                o["agendaItem"] = Array(items);
        }
        o[Vendor + "date"] = OParlJson.Date(meeting.Date);
        Set(o, Vendor + "legislativeTerm", meeting.LegislativeTermName);
        if (participants.Count > 0)
            o[Vendor + "participants"] = Array(participants.Select(p => new JsonObject
            {
                ["person"] = urls.Person(p.PersonId),
                ["name"] = p.Person.Name,
                ["party"] = p.Party,
            }.WithoutNulls()));
        if (meeting.Absences.Count > 0)
            o[Vendor + "absences"] = Array(meeting.Absences.OrderBy(a => a.Id).Select(Absence));
        return Finish(o, meeting, urls.Web($"/moeder/{meeting.Id}"));
    }

    public JsonObject AgendaItem(AgendaItemRow item)
    {
        var o = Start("AgendaItem", urls.AgendaItem(item.Id), item);
        if (item.Deleted)
            return Deleted(o, item);
        o["meeting"] = urls.Meeting(item.MeetingId);
        o["number"] = item.Number;
        o["order"] = item.Order;
        if (!item.Public)
        {
            // A closed item: its title as the municipality decides, nothing else.
            o["name"] = policy.TitleOf(item.Name, isClosed: true);
            o["public"] = false;
            return Finish(o, item, urls.Web($"/punkter/{item.Id}"));
        }
        o["name"] = item.Name;
        o["public"] = true;
        if (item.Consultations.Where(c => !c.Deleted).OrderBy(c => c.MeetingId == item.MeetingId ? 0 : 1).ThenBy(c => c.Id).FirstOrDefault() is { } consultation)
            o["consultation"] = urls.Consultation(consultation.Id);
        var decisions = item.Decisions.OrderBy(d => d.Order).ThenBy(d => d.Id).ToList();
        if (ResultText(item, decisions) is { } result)
            o["result"] = result;
        var resolution = string.Join("\n\n", decisions.Select(d => d.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        Set(o, "resolutionText", resolution);
        if (!OmitInternal)
        {
            var files = item.Files.Where(f => !f.Deleted).OrderBy(f => f.Order).ThenBy(f => f.Id).Select(f => File(f)).ToList();
            if (files.Count > 0)
                o["auxiliaryFile"] = Array(files);
        }
        var types = Types(item);
        if (types.Count > 0)
            o["keyword"] = Array(types);

        Set(o, Vendor + "caseNumber", item.CaseNumber);
        if (types.Count > 0)
            o[Vendor + "types"] = Array(types);
        if (item.Sections.Count > 0)
            o[Vendor + "sections"] = Array(item.Sections.OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new JsonObject
            {
                ["heading"] = s.Heading,
                ["kind"] = Camel(s.Kind),
                ["text"] = string.Join("\n", s.Blocks.Select(b => b.PlainText)),
                ["blocks"] = JsonSerializer.SerializeToNode(s.Blocks, ModelJson.CompactOptions),
            }));
        if (item.CompetenceSteps.Count > 0)
            o[Vendor + "competence"] = Array(item.CompetenceSteps.OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new JsonObject
            {
                ["text"] = s.Text,
                ["body"] = s.BodyName,
                ["role"] = s.Role == CompetenceRole.Unspecified ? null : Camel(s.Role),
            }.WithoutNulls()));
        if (decisions.Count > 0)
            o[Vendor + "decisions"] = Array(decisions.Select(Decision));
        var absences = decisions.SelectMany(d => d.Absences).OrderBy(a => a.Id).ToList();
        if (absences.Count > 0)
            o[Vendor + "absences"] = Array(absences.Select(Absence));
        if (Appropriations(item) is { } money)
            o[Vendor + "appropriations"] = money;
        return Finish(o, item, urls.Web($"/punkter/{item.Id}"));
    }

    /// <summary>The money of a public item as data (<see cref="MoneyJson.Item"/>), with its status when the meeting is
    /// loaded; null when the item has none.</summary>
    private static JsonObject? Appropriations(AgendaItemRow item)
    {
        var domain = StoredMinutes.Item(item);
        var money = ItemMoney.Of(domain);
        if (money.IsEmpty)
            return null;
        AppropriationStatus? status = item.Meeting?.Organization is { } body ? AppropriationQueries.StatusOf(domain, body.Name, item.Meeting.Date) : null;
        return MoneyJson.Item(money, status);
    }

    public JsonObject Paper(PaperRow paper)
    {
        var o = Start("Paper", urls.Paper(paper.Id), paper);
        if (paper.Deleted)
            return Deleted(o, paper);
        o["body"] = urls.Body(paper.BodyId);
        o["name"] = paper.Name;
        o["reference"] = paper.Reference;
        o["paperType"] = "Sag";
        var consultations = paper.Consultations.Where(c => !c.Deleted && c.AgendaItem.Public).OrderBy(c => c.Id).Select(Consultation).ToList();
        if (consultations.Count > 0)
            o["consultation"] = Array(consultations);
        var kle = new JsonObject
        {
            ["subject"] = paper.KleSubject,
            ["facet"] = paper.Facet,
            ["serial"] = paper.Serial,
            ["year"] = paper.Year,
        }.WithoutNulls();
        if (kle.Count > 0)
            o[Vendor + "caseNumber"] = kle;
        var money = paper.Consultations.Where(c => !c.Deleted && c.AgendaItem.Public).OrderBy(c => c.Id)
            .Select(c => (c, Money: Appropriations(c.AgendaItem))).Where(x => x.Money is not null).ToList();
        if (money.Count > 0)
            o[Vendor + "appropriations"] = Array(money.Select(x =>
            {
                x.Money!.Insert(0, "agendaItem", urls.AgendaItem(x.c.AgendaItemId));
                return x.Money;
            }));
        return Finish(o, paper, urls.Web($"/sager/{paper.Id}"));
    }

    public JsonObject Consultation(ConsultationRow consultation)
    {
        var o = Start("Consultation", urls.Consultation(consultation.Id), consultation);
        if (consultation.Deleted)
            return Deleted(o, consultation);
        o["paper"] = urls.Paper(consultation.PaperId);
        if (consultation.MeetingId is { } meetingId)
        {
            o["agendaItem"] = urls.AgendaItem(consultation.AgendaItemId);
            o["meeting"] = urls.Meeting(meetingId);
        }
        else
        {
            // Known only from the decision history printed under a later item: that item records it, it is not where
            // the consultation took place (OParl's agendaItem), so it goes in our own property.
            o[Vendor + "recordedIn"] = urls.AgendaItem(consultation.AgendaItemId);
        }
        if (consultation.Date is { } date)
            o[Vendor + "date"] = date.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);
        o["organization"] = Array([urls.Organization(consultation.OrganizationId)]);
        o["authoritative"] = consultation.Authoritative;
        if (consultation.Role != CompetenceRole.Unspecified)
        {
            o["role"] = consultation.Role.DanishName();
            o[Vendor + "role"] = Camel(consultation.Role);
        }
        return Finish(o, consultation, null);
    }

    public JsonObject File(FileRow file)
    {
        var o = Start("File", urls.File(file.Id), file);
        if (file.Deleted)
            return Deleted(o, file);
        o["name"] = file.Name;
        Set(o, "fileName", file.FileName);
        Set(o, "mimeType", file.MimeType);
        if (file.Data is { } data)
        {
            o["size"] = data.Length;
            o["sha1Checksum"] = Convert.ToHexStringLower(global::System.Security.Cryptography.SHA1.HashData(data));
            o["sha512Checksum"] = Convert.ToHexStringLower(global::System.Security.Cryptography.SHA512.HashData(data));
        }
        o["accessUrl"] = urls.FileAccess(file.Id);
        if (file.Data is not null)
            o["downloadUrl"] = urls.FileDownload(file.Id);
        o["agendaItem"] = Array([urls.AgendaItem(file.AgendaItemId)]);
        if (file.AgendaItem is { } item)
            o["meeting"] = Array([urls.Meeting(item.MeetingId)]);
        // Imported minutes name their attachments; the files themselves are not always in the archive.
        o[Vendor + "available"] = file.Data is not null;
        return Finish(o, file, null);
    }

    private JsonObject Decision(DecisionRow decision)
    {
        var o = new JsonObject
        {
            ["body"] = decision.BodyName,
            ["organization"] = decision.OrganizationId is { } organizationId ? urls.Organization(organizationId) : null,
            ["date"] = decision.Date is { } date ? OParlJson.Date(date) : null,
            ["text"] = decision.Text,
            ["outcome"] = Camel(decision.Outcome),
            ["outcomeText"] = decision.Outcome.DanishName(),
        }.WithoutNulls();
        if (decision.Points.Count > 0)
            o["points"] = new JsonArray(decision.Points.Select(p => (JsonNode)JsonValue.Create(p)).ToArray());
        if (decision.Votes.Count > 0)
            o["votes"] = Array(decision.Votes.OrderBy(v => v.Order).ThenBy(v => v.Id).Select(v => new JsonObject
            {
                ["position"] = Camel(v.Position),
                ["person"] = v.PersonId is { } personId ? urls.Person(personId) : null,
                ["name"] = v.Person?.Name,
                ["party"] = v.Party ?? v.MemberParty,
            }.WithoutNulls()));
        if (decision.Absences.Count > 0)
            o["absences"] = Array(decision.Absences.OrderBy(a => a.Order).ThenBy(a => a.Id).Select(Absence));
        return o;
    }

    private JsonObject Absence(AbsenceRow absence) => new JsonObject
    {
        ["person"] = urls.Person(absence.PersonId),
        ["name"] = absence.Person?.Name,
        ["substitute"] = absence.SubstituteId is { } substituteId ? urls.Person(substituteId) : null,
        ["substituteName"] = absence.Substitute?.Name,
        ["note"] = absence.Note,
    }.WithoutNulls();

    private static List<string> Types(AgendaItemRow item) => item.Types;

    private static string? ResultText(AgendaItemRow item, List<DecisionRow> decisions) =>
        item.Result?.DanishName() ?? (decisions.Count > 0 ? decisions[^1].Outcome.DanishName() : null);

    private static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static JsonObject Start(string type, string id, OParlObject _) => new() { ["id"] = id, ["type"] = OParlJson.Type(type) };

    private static JsonObject Deleted(JsonObject o, OParlObject entity)
    {
        o["created"] = OParlJson.DateTime(entity.Created);
        o["modified"] = OParlJson.DateTime(entity.Modified);
        o["deleted"] = true;
        return o;
    }

    private static JsonObject Finish(JsonObject o, OParlObject entity, string? web)
    {
        o["created"] = OParlJson.DateTime(entity.Created);
        o["modified"] = OParlJson.DateTime(entity.Modified);
        if (web is not null)
            o["web"] = web;
        o["deleted"] = false;
        return o;
    }

    private static void Set(JsonObject o, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            o[key] = value;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    private static JsonArray Array(IEnumerable<JsonObject> values) => new(values.Cast<JsonNode>().ToArray());
}

internal static class JsonObjectExtensions
{
    /// <summary>OParl: properties without data are left out rather than given as null or "".</summary>
    public static JsonObject WithoutNulls(this JsonObject o)
    {
        foreach (var key in o.Where(p => p.Value is null || (p.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
                     .Select(p => p.Key).ToList())
            o.Remove(key);
        return o;
    }
}
