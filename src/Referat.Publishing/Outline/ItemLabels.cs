using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>How an item is named: "Punkt 3: Title (Beslutning)" as heading, "Title (Beslutning)" in the contents.</summary>
public static class ItemLabels
{
    public static string TitleWithTypes(AgendaItem item) =>
        string.Concat(new[] { Clean(item.PrintedTitle) }.Concat(item.Types.Select(t => $" ({Clean(t)})")));

    public static string Heading(AgendaItem item) => $"Punkt {item.Number}: {TitleWithTypes(item)}";

    /// <summary>Layout text is one line per block: line breaks and tabs inside a field become spaces.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
