namespace Referat.Import.Lines;

/// <summary>The lines of one document under normalisation, with the warnings the steps raise.</summary>
public sealed class LineDocument
{
    public LineDocument(string source, string text, IReadOnlyDictionary<int, int>? headingLevels = null, bool structured = false)
    {
        Source = source;
        Structured = structured;
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        Lines = new List<Line>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            // A form feed is the page break that PDF text extraction leaves between pages.
            var pageBreak = raw[i].StartsWith('\f');
            Lines.Add(new Line(pageBreak ? raw[i].TrimStart('\f') : raw[i], i + 1, i + 1)
            {
                PageStart = pageBreak,
                HeadingLevel = headingLevels is not null && headingLevels.TryGetValue(i, out var level) ? level : 0,
            });
        }
    }

    public string Source { get; }

    /// <summary>The lines come from a format that lays out its own blocks (HTML), not from a text dump.</summary>
    public bool Structured { get; }
    public List<Line> Lines { get; set; }
    public List<ParseWarning> Warnings { get; } = [];

    public void Warn(int line, string message) => Warnings.Add(new ParseWarning(Source, line, message));
}
