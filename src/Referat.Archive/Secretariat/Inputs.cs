using Referat.Domain;

namespace Referat.Archive.Secretariat;

/// <summary>
/// An item as the secretary enters it: title, type tags, case number (KLE), closed or not, and the template's sections
/// in Markdown by heading. The competence chain is written as the minutes print it, a line per body
/// ("Økonomiudvalget anbefaler."); without one, the delegation plan proposes it (and an edit keeps the item's).
/// </summary>
/// <remarks>
/// <see cref="Table"/> is the appropriation table entered as a grid (the first row its header); it becomes the
/// economy section's table, with each cell's Danish number read, after any text of that section.
/// </remarks>
public sealed record ItemInput(
    string Title, string? CaseNumber = null, bool Closed = false, IReadOnlyList<string>? Types = null,
    IReadOnlyDictionary<string, string>? Sections = null, string? Competence = null, IReadOnlyList<IReadOnlyList<string?>>? Table = null);

/// <summary>
/// A decision as recorded at the meeting: the outcome, its text (the outcome's own words when empty), the
/// recommendation points it covers, the votes and the members absent under this item.
/// </summary>
public sealed record DecisionInput(
    DecisionOutcome Outcome, string? Text = null, IReadOnlyList<int>? Points = null, IReadOnlyList<VoteInput>? Votes = null,
    IReadOnlyList<string>? AbsentUnderItem = null);

/// <summary>A vote: a party letter ("A", "Ø") votes as a group, a name as the member.</summary>
public sealed record VoteInput(VotePosition Position, string Who);
