namespace Referat.Domain;

/// <summary>An agenda item (punkt) as treated at one meeting: what the minutes say about it.</summary>
/// <remarks>
/// Equality is by value over every part, lists included (see <see cref="ValueList{T}"/>): two readings of the same
/// document are equal exactly when they found the same.
/// </remarks>
public sealed record AgendaItem
{
    /// <summary>The number as printed: "3", "8a".</summary>
    public required string Number { get; init; }

    /// <summary>The position of the item in the meeting, from 1.</summary>
    public required int Order { get; init; }

    /// <summary>The title without the trailing type tags.</summary>
    public required string Title { get; init; }

    /// <summary>The parenthesised tags after the title: Beslutning, Orientering, Drøftelse, Genforelæggelse …</summary>
    public ValueList<string> Types { get; init; } = [];

    public CaseNumber? CaseNumber { get; init; }

    /// <summary>A closed item (lukket punkt): what of it may be published is decided by the <see cref="PublicationPolicy"/>.</summary>
    public bool IsClosed { get; init; }

    /// <summary>The marker minutes print before a closed item's title.</summary>
    public const string ClosedMarker = "Lukket punkt";

    /// <summary>The title as minutes print it: a closed item's title after its marker ("Lukket punkt: Salg af grund").</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string PrintedTitle => IsClosed && !Title.StartsWith(ClosedMarker, StringComparison.OrdinalIgnoreCase) ? $"{ClosedMarker}: {Title}" : Title;

    public ValueList<Section> Sections { get; init; } = [];
    public ValueList<CompetenceStep> Competence { get; init; } = [];
    public ValueList<Decision> Decisions { get; init; } = [];
    public ValueList<Attachment> Attachments { get; init; } = [];

    /// <summary>
    /// The meeting's own decision on the item (the last, when it was recorded again), by the body's name as the minutes
    /// print it: the rule of <see cref="Decision.IsOwnDecisionOf"/> with names compared as committee names.
    /// </summary>
    public Decision? OwnDecision(string meetingBody, DateOnly meetingDate)
    {
        var key = Names.Normalise(CommitteeNames.Display(meetingBody));
        return Decisions.LastOrDefault(d => d.IsOwnDecisionOf(d.Body is { } body && Names.Normalise(CommitteeNames.Display(body)) == key, meetingDate));
    }
}

/// <summary>
/// An attachment (bilag) listed under an item, by title. <see cref="Text"/> is the text of the file where the archive
/// holds it and could read it (for search); it is not part of what the minutes say: it is left out of the model JSON
/// and of equality.
/// </summary>
public sealed record Attachment(string Title)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; init; }

    public bool Equals(Attachment? other) => other is not null && Title == other.Title;

    public override int GetHashCode() => Title.GetHashCode(StringComparison.Ordinal);
}
