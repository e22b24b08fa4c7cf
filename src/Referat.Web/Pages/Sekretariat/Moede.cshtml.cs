using Microsoft.AspNetCore.Http;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Referat.Archive.Secretariat;
using Referat.Domain;

namespace Referat.Web.Pages.Sekretariat;

/// <summary>
/// The meeting workspace: the agenda being prepared, the meeting being held (attendance, decisions), the minutes being
/// approved, signed and published. What the page offers follows the meeting's state and the actor's role.
/// </summary>
public sealed class MoedeModel(SecretariatQueries queries, SecretariatService service) : SecretariatPage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public MeetingWorkspace Workspace { get; private set; } = null!;

    public MeetingState State => Workspace.Meeting.State;
    public bool Editable => State is MeetingState.Planned or MeetingState.AgendaPublished or MeetingState.Held && CanPrepare;
    public bool InSession => State is MeetingState.AgendaPublished or MeetingState.Held && CanPrepare;
    public bool CanPrepare => CurrentActor?.Role is AccountRole.Administrator or AccountRole.Secretary;
    public bool CanSign => CurrentActor?.Role == AccountRole.Member && State is MeetingState.MinutesApproved or MeetingState.MinutesPublished;

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public IActionResult OnPostAddItem(ItemForm item) =>
        Do(() => service.AddItem(Actor, Id, item.ToInput(Template)), "Punktet er tilføjet.");

    public IActionResult OnPostUpdateItem(int order, ItemForm item) =>
        Do(() => service.UpdateItem(Actor, Id, order, item.ToInput(Template)), $"Punkt {order} er gemt.");

    public IActionResult OnPostRemoveItem(int order) => Do(() => service.RemoveItem(Actor, Id, order), $"Punkt {order} er fjernet.");

    public IActionResult OnPostMoveItem(int order, int delta) => Do(() => service.MoveItem(Actor, Id, order, delta), "Rækkefølgen er ændret.");

    public async Task<IActionResult> OnPostAttachAsync(int order, string? title, IFormFile? file)
    {
        byte[] data = [];
        if (file is { Length: > 0 and <= FileContent.MaxBytes })
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            data = copy.ToArray();
        }
        else if (file is { Length: > FileContent.MaxBytes })
            data = new byte[FileContent.MaxBytes + 1];   // refused with the size in the message, not read whole
        return Do(() => service.Attach(Actor, Id, order, title, file?.FileName ?? "", data), "Bilaget er tilføjet.");
    }

    public IActionResult OnPostDetach(int order, string title) => Do(() => service.Detach(Actor, Id, order, title), "Bilaget er fjernet.");

    public IActionResult OnPostTakeUp(long entry) => Do(() => service.TakeUp(Actor, Id, entry), "Sagen er sat på dagsordenen.");

    public IActionResult OnPostPublishAgenda() => Do(() => service.PublishAgenda(Actor, Id), "Dagsordenen er offentliggjort.");

    public IActionResult OnPostCancel() => Do(() => service.Cancel(Actor, Id), "Mødet er aflyst.");

    public IActionResult OnPostAbsence(string member, string? substitute)
    {
        PartyMember? taking = null;
        return Do(() => taking = service.RecordAbsence(Actor, Id, member, substitute),
            () => taking is null ? $"{member} er registreret som fraværende." : $"{member} er registreret som fraværende. I stedet deltog {taking}.");
    }

    public IActionResult OnPostRemoveAbsence(string member) => Do(() => service.RemoveAbsence(Actor, Id, member), $"Fraværet for {member} er fjernet.");

    public IActionResult OnPostDecision(int order, DecisionForm decision) =>
        Do(() => service.RecordDecision(Actor, Id, order, decision.ToInput()), $"Beslutningen på punkt {order} er gemt.");

    public IActionResult OnPostCorrect(int order, DecisionForm decision, string? note) =>
        Do(() => service.Correct(Actor, Id, order, decision.ToInput(), note ?? ""), $"Rettelsen af punkt {order} er offentliggjort.");

    public IActionResult OnPostHeld() => Do(() => service.MarkHeld(Actor, Id), "Mødet er markeret som afholdt.");

    public IActionResult OnPostApprove() => Do(() => service.Approve(Actor, Id), "Referatet er godkendt.");

    public IActionResult OnPostSign() => Do(() => service.Sign(Actor, Id), "Du har underskrevet referatet.");

    public IActionResult OnPostPublishMinutes() => Do(() => service.PublishMinutes(Actor, Id), "Referatet er offentliggjort.");

    private ItemTemplate Template => service.Settings.Template;

    private IActionResult Do(Action change, string done) => Do(change, () => done);

    private IActionResult Do(Action change, Func<string> done) =>
        Change(change, done, () => Load() ? Page() : NotFound(), new { Id });

    private bool Load()
    {
        if (CurrentActor is not { } actor || queries.Workspace(actor, Id) is not { } workspace)
            return false;
        Workspace = workspace;
        Title = $"{workspace.Meeting.Committee} {DanishDates.Long(workspace.Meeting.Date)}";
        return true;
    }

    /// <summary>The members present, and the substitutes seated in the absent members' places.</summary>
    public IEnumerable<PartyMember> Seated =>
        Workspace.Minutes.Meeting.Participants.Where(p => Workspace.Minutes.Meeting.Absences.All(a => a.Member.Name != p.Name))
            .Concat(Workspace.Minutes.Meeting.Absences.Select(a => a.Substitute).OfType<PartyMember>());

    /// <summary>The item whose decision form opens: the first without a decision.</summary>
    public int? FirstUndecided => Workspace.Minutes.Items.FirstOrDefault(i => OwnDecision(i) is null)?.Order;

    public Decision? OwnDecision(AgendaItem item) => item.OwnDecision(Workspace.Meeting.Committee, Workspace.Meeting.Date);
}

/// <summary>The item form: the template's sections in template order, the type tags comma-separated.</summary>
public sealed class ItemForm
{
    public string? Title { get; set; }
    public string? CaseNumber { get; set; }
    public string? Types { get; set; }
    public bool Closed { get; set; }
    public string? Competence { get; set; }
    public List<string?> SectionText { get; set; } = [];

    /// <summary>The appropriation table's grid, row by row (the first row its header).</summary>
    public List<List<string?>> Table { get; set; } = [];

    public ItemInput ToInput(ItemTemplate template) => new(
        Title ?? "", CaseNumber, Closed,
        (Types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        template.Sections.Select((s, i) => (s.Heading, Text: i < SectionText.Count ? SectionText[i] : null))
            .Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToDictionary(s => s.Heading, s => s.Text!),
        Competence, Table.Select(r => (IReadOnlyList<string?>)r).ToList());
}

/// <summary>The decision form: outcome, text, "Ad" points ("1-2, 4"), votes by party letter or name, members absent under the item.</summary>
public sealed class DecisionForm
{
    public DecisionOutcome Outcome { get; set; }
    public string? Text { get; set; }
    public string? Points { get; set; }
    public string? For { get; set; }
    public string? Against { get; set; }
    public string? Abstained { get; set; }
    public List<string> Absent { get; set; } = [];

    public DecisionInput ToInput() => new(Outcome, Text, ParsePoints(Points),
        Votes(For, VotePosition.For).Concat(Votes(Against, VotePosition.Against)).Concat(Votes(Abstained, VotePosition.Abstained)).ToList(),
        Absent);

    private static IEnumerable<VoteInput> Votes(string? text, VotePosition position) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(who => new VoteInput(position, who));

    private static List<int> ParsePoints(string? text)
    {
        var points = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length == 2 && int.TryParse(range[0], CultureInfo.InvariantCulture, out var from) && int.TryParse(range[1], CultureInfo.InvariantCulture, out var to) && from <= to && to - from < 100)
                points.AddRange(Enumerable.Range(from, to - from + 1));
            else if (int.TryParse(part, CultureInfo.InvariantCulture, out var point))
                points.Add(point);
            else
                throw new SecretariatException($"\"{part}\" er ikke et punkt i indstillingen (skriv fx 1-2, 4).");
        }
        return points;
    }
}
