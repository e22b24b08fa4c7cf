using System.Text;
using Referat.Domain;
using Referat.Import.Lines;
using Referat.Import.Recognition.Items;

namespace Referat.Import.Recognition.Toc;

/// <summary>
/// A table of contents whose number column was printed apart from its title column (a PDF transcript that reads
/// column by column): three or more lines of bare consecutive numbers ("79.", "80.", …), then as many titles,
/// a title's wrapped end continuing it in lower case. The numbers are paired with the titles in order.
/// </summary>
public static class ColumnSplitToc
{
    public sealed record Found(List<TocEntry> Entries, List<int> Lines);

    public static Found? Read(IReadOnlyList<Line> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var numbers = new List<(string Number, int Line)>();
            var j = i;
            for (; j < end; j++)
            {
                if (lines[j].IsBlank)
                    continue;
                var number = BareNumber(lines[j].Text.Length > 8 ? "" : lines[j].Trimmed);
                if (number is null || numbers.Count > 0 && ItemNumbers.Order(number).Value != ItemNumbers.Order(numbers[^1].Number).Value + 1)
                    break;
                numbers.Add((number, j));
            }
            if (numbers.Count < 3)
                continue;
            var titles = new List<(StringBuilder Title, List<int> Lines)>();
            for (; j < end && titles.Count <= numbers.Count; j++)
            {
                if (lines[j].IsBlank)
                    continue;
                var text = lines[j].Trimmed;
                if (char.IsLower(text[0]) && titles.Count > 0)
                {
                    ParagraphJoiner.AppendJoined(titles[^1].Title, text);
                    titles[^1].Lines.Add(j);
                    continue;
                }
                if (titles.Count == numbers.Count || BareNumber(text) is not null)
                    break;
                titles.Add((new StringBuilder(text), [j]));
            }
            if (titles.Count != numbers.Count)
                continue;
            var entries = numbers.Zip(titles, (n, t) => new TocEntry(TocTitles.Clean(t.Title.ToString()), null, n.Number)).ToList();
            return new Found(entries, numbers.Select(n => n.Line).Concat(titles.SelectMany(t => t.Lines)).ToList());
        }
        return null;
    }

    private static string? BareNumber(string text)
    {
        if (text.Length == 0 || !char.IsDigit(text[0]) || text.Length > 4)
            return null;
        var core = text.TrimEnd('.');
        return core.Length is > 0 and <= 3 && core.All(char.IsDigit) ? ItemNumbers.Clean(core) : null;
    }
}
