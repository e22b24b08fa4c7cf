using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Import.Recognition.Items;

namespace Referat.Archive.Secretariat;

// The agenda's items: added from the template, edited, removed and reordered until the minutes are approved; cases on
// the forward plan taken up with their history.
public sealed partial class SecretariatService
{
    private static readonly MeetingState[] Editable = [MeetingState.Planned, MeetingState.AgendaPublished, MeetingState.Held];

    /// <summary>Adds an item before the closing standing items (a closed item just before "Underskrift af protokol"); returns its order.</summary>
    public int AddItem(Actor actor, long meetingId, ItemInput input) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Et punkt tilføjes", Editable);
        var item = Build(input, loaded.Meeting.Organization.Name, existing: null);
        var items = loaded.Minutes.Items.ToList();
        var closing = Settings.Template.ClosingItems;
        var at = input.Closed
            ? items.FindIndex(i => i.Title == StandingItems.Signing)
            : items.FindIndex(i => closing.Contains(i.Title) && !i.IsClosed);
        if (!input.Closed && at >= 0 && items.Take(at).Any(i => i.IsClosed))
            at = items.FindIndex(i => i.IsClosed);
        items.Insert(at < 0 ? items.Count : at, item);
        var minutes = loaded.Minutes with { Items = Renumber(items) };
        Save(loaded, minutes, actor);
        var order = (at < 0 ? items.Count - 1 : at) + 1;
        MoveFiles(meetingId, o => o >= order ? o + 1 : o);
        Audit(actor, "Punkt tilføjet", $"{Subject(loaded.Meeting)}, punkt {order}", null, ModelJson.SerializeCompact(minutes.Items[order - 1]));
        return order;
    });

    /// <summary>Replaces an item's title, tags, case number, sections and chain; its decisions stay.</summary>
    public void UpdateItem(Actor actor, long meetingId, int order, ItemInput input) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Et punkt ændres", Editable);
        var before = ItemAt(loaded.Minutes, order);
        var after = Build(input, loaded.Meeting.Organization.Name, before) with { Number = before.Number, Order = before.Order };
        var minutes = loaded.Minutes with { Items = loaded.Minutes.Items.Select(i => i.Order == order ? after : i).ToValueList() };
        Save(loaded, minutes, actor);
        Audit(actor, "Punkt ændret", $"{Subject(loaded.Meeting)}, punkt {order}", ModelJson.SerializeCompact(before), ModelJson.SerializeCompact(after));
    });

    public void RemoveItem(Actor actor, long meetingId, int order) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Et punkt fjernes", Editable);
        var before = ItemAt(loaded.Minutes, order);
        var minutes = loaded.Minutes with { Items = Renumber(loaded.Minutes.Items.Where(i => i.Order != order)) };
        Save(loaded, minutes, actor);
        MoveFiles(meetingId, o => o == order ? null : o > order ? o - 1 : o);
        foreach (var entry in db.ForwardPlan.AsTracking().Where(f => f.TakenUpMeetingId == meetingId).ToList())
            if (Names.Normalise(entry.Title) == Names.Normalise(before.Title))
                entry.TakenUpMeetingId = null;
        Audit(actor, "Punkt fjernet", $"{Subject(loaded.Meeting)}, punkt {order}", ModelJson.SerializeCompact(before), null);
    });

    /// <summary>Moves an item up (−1) or down (+1) among the items.</summary>
    public void MoveItem(Actor actor, long meetingId, int order, int delta) => Change(_ =>
    {
        var loaded = Load(meetingId, actor);
        RequireState(loaded.Meeting, "Rækkefølgen ændres", Editable);
        var items = loaded.Minutes.Items.ToList();
        var from = items.FindIndex(i => i.Order == order);
        var to = from + Math.Sign(delta);
        if (from < 0 || to < 0 || to >= items.Count)
            throw new SecretariatException("Punktet kan ikke flyttes dertil.");
        (items[from], items[to]) = (items[to], items[from]);
        var minutes = loaded.Minutes with { Items = Renumber(items) };
        Save(loaded, minutes, actor);
        MoveFiles(meetingId, o => o == from + 1 ? to + 1 : o == to + 1 ? from + 1 : o);
        Audit(actor, "Punkt flyttet", $"{Subject(loaded.Meeting)}, punkt {order}", order.ToString(CultureInfo.InvariantCulture), (to + 1).ToString(CultureInfo.InvariantCulture));
    });

    /// <summary>
    /// Puts a case from the body's forward plan on the meeting's agenda: its title, case number and the rest of its
    /// chain, with the earlier body's decision as its history.
    /// </summary>
    public int TakeUp(Actor actor, long meetingId, long forwardPlanId)
    {
        var entry = db.ForwardPlan.SingleOrDefault(f => f.Id == forwardPlanId && f.TakenUpMeetingId == null)
            ?? throw new SecretariatException("Sagen er ikke på den kommende plan (den er måske allerede sat på et møde).");
        var source = db.MeetingDrafts.Where(d => d.MeetingId == entry.FromMeetingId).Select(d => d.MinutesJson).SingleOrDefault();
        var earlier = source is null ? null : ModelJson.Deserialize<MinutesDocument>(source).Items.FirstOrDefault(i => i.Order == entry.FromItemOrder);
        return Change(_ =>
        {
            var loaded = Load(meetingId, actor);
            if (loaded.Meeting.OrganizationId != entry.OrganizationId)
                throw new SecretariatException("Sagen venter på et andet udvalg.");
            RequireState(loaded.Meeting, "En sag sættes på dagsordenen", Editable);
            var item = (earlier ?? new AgendaItem { Number = "", Order = 0, Title = entry.Title, CaseNumber = CaseNumber.From(entry.CaseNumber) }) with
            {
                Decisions = earlier?.Decisions ?? [],
                IsClosed = entry.IsClosed,
            };
            var items = loaded.Minutes.Items.ToList();
            var at = items.FindIndex(i => Settings.Template.ClosingItems.Contains(i.Title) || i.IsClosed);
            items.Insert(at < 0 ? items.Count : at, item);
            var minutes = loaded.Minutes with { Items = Renumber(items) };
            Save(loaded, minutes, actor);
            db.ForwardPlan.AsTracking().Single(f => f.Id == forwardPlanId).TakenUpMeetingId = meetingId;
            var order = (at < 0 ? items.Count - 1 : at) + 1;
            MoveFiles(meetingId, o => o >= order ? o + 1 : o);
            Audit(actor, "Sag sat på dagsordenen", $"{Subject(loaded.Meeting)}, punkt {order}", null, $"{entry.Title} (fra {entry.FromBody} {DanishDates.Long(entry.FromDate)})");
            return order;
        });
    }

    private AgendaItem Build(ItemInput input, string committee, AgendaItem? existing)
    {
        var title = input.Title.Trim();
        if (title.Length == 0)
            throw new SecretariatException("Punktet skal have en titel.");
        CaseNumber? caseNumber = null;
        if (!string.IsNullOrWhiteSpace(input.CaseNumber))
        {
            caseNumber = CaseNumber.From(input.CaseNumber);
            if (caseNumber?.Kle is null)
                throw new SecretariatException($"\"{input.CaseNumber.Trim()}\" er ikke et sagsnummer i KLE-form (fx 00.01.00-A00-1-25).");
        }
        var types = (input.Types ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToValueList();
        var template = Settings.Template;
        var texts = input.Sections ?? new Dictionary<string, string>();
        var lines = (input.Competence ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var competence = lines.Length > 0 ? lines.Select(CompetenceReader.Read).ToValueList()
            : existing?.Competence ?? Settings.Delegation.Propose(committee, title, types);
        // The chain is printed as the template's competence section, a line per body, as minutes print it.
        var grid = Grid(input.Table);
        var sections = template.Sections
            .Select(s => new Section(s.Heading, s.Kind, s.Kind switch
            {
                SectionKind.Competence => competence.Select(c => (Block)new Paragraph(c.Text)).ToValueList(),
                SectionKind.Economy when grid is not null => MarkdownBlocks.Parse(texts.GetValueOrDefault(s.Heading)).Append(grid).ToValueList(),
                _ => MarkdownBlocks.Parse(texts.GetValueOrDefault(s.Heading)),
            }))
            .Where(s => s.Blocks.Count > 0)
            .ToValueList();
        return new AgendaItem
        {
            Number = "", Order = 0, Title = title, Types = types, CaseNumber = caseNumber, IsClosed = input.Closed,
            Sections = sections, Competence = competence, Decisions = existing?.Decisions ?? [], Attachments = existing?.Attachments ?? [],
        };
    }

    /// <summary>The grid as a table: empty rows and columns dropped, the first row the header, numbers read.</summary>
    private static TableBlock? Grid(IReadOnlyList<IReadOnlyList<string?>>? table)
    {
        var rows = (table ?? []).Select(r => r.Select(c => c?.Trim() ?? "").ToList()).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (rows.Count < 2)
            return rows.Count == 1 ? throw new SecretariatException("Bevillingstabellen har kun en overskriftsrække.") : null;
        var width = rows.Max(r => r.Count);
        var used = Enumerable.Range(0, width).Where(c => rows.Any(r => c < r.Count && r[c].Length > 0)).ToList();
        string Cell(List<string> row, int c) => c < row.Count ? row[c] : "";
        return new TableBlock(new DataTable(used.Select(c => Cell(rows[0], c)).ToValueList(),
            rows.Skip(1).Select(r => new TableRow(used.Select(c => new TableCell(Cell(r, c), DanishNumbers.Parse(Cell(r, c)))).ToValueList())).ToValueList()));
    }

    private static AgendaItem ItemAt(MinutesDocument minutes, int order) =>
        minutes.Items.FirstOrDefault(i => i.Order == order) ?? throw new SecretariatException($"Punkt {order} findes ikke.");

    private static ValueList<AgendaItem> Renumber(IEnumerable<AgendaItem> items) =>
        items.Select((item, i) => item with { Order = i + 1, Number = (i + 1).ToString(CultureInfo.InvariantCulture) }).ToValueList();
}
