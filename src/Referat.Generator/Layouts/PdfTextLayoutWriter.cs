using System.Text.RegularExpressions;
using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (b), text extracted from a printed PDF: hard-wrapped lines with trailing spaces, a running header (committee
/// line over a bare dd-MM-yyyy line) at the top of each item, "Sag nr. N" then "N. Title", decisions printed as
/// "&lt;Committee&gt; den d. MMMM yyyy" under Indstilling, a numbered "Bilagsfortegnelse", "Side N af M" footers and,
/// after the last item, the attachments part. No meeting header, no table of contents, no case numbers, no type tags.
/// </summary>
public sealed partial class PdfTextLayoutWriter : ILayoutWriter
{
    public string Name => "pdftext";
    public string Extension => ".txt";

    private const string Footer = "\u0000FOOTER";

    private enum Kind { Fixed, Start, Continue }

    [GeneratedRegex(@"^\d+\.\s+\p{Lu}")]
    private static partial Regex NumberedCapital();

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var report = new DamageReport();
        var width = rng.Next(84, 93);
        var pageLength = rng.Next(45, 60);
        var committee = minutes.Meeting.Committee!;
        var date = Danish.NumericDate(minutes.Meeting.Date!.Value);
        var output = new List<string>();
        var printedItems = new List<AgendaItem>();

        foreach (var item in minutes.Items)
        {
            var body = new List<(string Text, Kind Kind)>();
            void Prose(string text)
            {
                var wrapped = TextDamage.Wrap(text, width, damage.Hyphenation, rng, report);
                for (var i = 0; i < wrapped.Count; i++)
                    body.Add((wrapped[i] + " ", i == 0 ? (NumberedCapital().IsMatch(wrapped[i]) ? Kind.Fixed : Kind.Start) : Kind.Continue));
                body.Add((" ", Kind.Fixed));
            }
            void Heading(string text) => body.Add((text + " ", Kind.Start));

            var sections = new List<Section>();
            Section Printed(string heading, SectionKind kind) { var s = new Section(heading, kind, []); sections.Add(s); return s; }

            var description = item.Sections.Where(s => s.Kind is SectionKind.Resume or SectionKind.Problem or SectionKind.Solutions or SectionKind.CaseDescription
                or SectionKind.StrategicFramework or SectionKind.NextSteps).SelectMany(s => s.Blocks).ToList();
            if (description.Count > 0 && !item.IsClosed)
            {
                Printed("Sagsfremstilling", SectionKind.CaseDescription);
                Heading("Sagsfremstilling");
                AddBlocks(description, Prose, body);
            }
            var economy = item.Sections.FirstOrDefault(s => s.Kind == SectionKind.Economy);
            if (economy is not null)
            {
                Printed("Økonomiske konsekvenser", SectionKind.Economy);
                Heading("Økonomiske konsekvenser");
                AddBlocks(economy.Blocks, Prose, body);
            }
            if (item.Competence.Count > 0)
            {
                Printed("Beslutningskompetence", SectionKind.Competence);
                Heading("Beslutningskompetence");
                body.AddRange(item.Competence.Select(c => (c.Text + " ", Kind.Fixed)));
                body.Add((" ", Kind.Fixed));
            }
            if (!item.IsClosed)
            {
                Printed("Indstilling", SectionKind.Recommendation);
                Heading("Indstilling");
                var recommendation = item.Sections.FirstOrDefault(s => s.Kind == SectionKind.Recommendation);
                if (recommendation is not null)
                    AddBlocks(recommendation.Blocks, Prose, body);
                else
                    Prose($"Forvaltningen foreslår, at {FirstLower(item.Title)} tages til efterretning.");
            }
            foreach (var decision in item.Decisions)
            {
                body.Add((Print.DecisionHeader(decision, comma: false) + " ", Kind.Start));
                foreach (var paragraph in Print.Paragraphs(decision))
                {
                    var wrapped = TextDamage.Wrap(paragraph, width, damage.Hyphenation, rng, report);
                    body.AddRange(wrapped.Select((l, i) => (l + " ", i == 0 ? Kind.Fixed : Kind.Continue)));
                }
                body.Add((" ", Kind.Fixed));
                foreach (var attendance in Print.Attendance(decision))
                    body.AddRange(TextDamage.Wrap(attendance, width, 0, rng, report).Select(l => (l + " ", Kind.Fixed)));
                body.Add((" ", Kind.Fixed));
            }
            if (item.Attachments.Count > 0)
            {
                Printed("Bilagsfortegnelse", SectionKind.Attachments);
                body.Add(("Bilagsfortegnelse ", Kind.Start));
                body.AddRange(item.Attachments.Select((a, i) => ($"{i + 1}. {a.Title}  ", Kind.Fixed)));
            }

            // The item on its own pages: running header, "Sag nr.", the title, the body with page breaks.
            output.Add(" " + committee + " ");
            output.Add(date + "  ");
            output.Add("");
            output.Add($"Sag nr. {item.Number} ");
            output.Add(" ");
            output.Add(" ");
            output.AddRange(TextDamage.Wrap($"{item.Number}. {item.PrintedTitle}", width, 0, rng, report).Select(l => l + " "));
            output.Add(" ");
            output.Add(" ");
            var onPage = 10;
            for (var i = 0; i < body.Count; i++)
            {
                var (text, kind) = body[i];
                if (onPage >= pageLength && i > 0 && CanBreakBefore(body, i, damage, rng, report))
                {
                    output.Add(Footer);
                    onPage = 0;
                }
                output.Add(text);
                onPage++;
            }
            output.Add(Footer);
            printedItems.Add(item with { Types = [], CaseNumber = null, Sections = sections });
        }

        var last = minutes.Items.LastOrDefault();
        if (last is not null && last.Attachments.Count > 0)
        {
            foreach (var attachment in last.Attachments)
            {
                output.Add(attachment.Title + " ");
                output.Add(" ");
                foreach (var sentence in Templates.AttachmentPart)
                {
                    output.AddRange(TextDamage.Wrap(sentence.Replace("{t}", "sagen"), width, 0, rng, report).Select(l => l + " "));
                    output.Add(" ");
                }
                output.Add(Footer);
            }
        }

        var pages = output.Count(l => l == Footer);
        var lines = new List<string>();
        var page = 0;
        foreach (var line in output)
        {
            if (line == Footer)
                lines.AddRange([" ", " ", "", $"Side {++page} af {pages}", "", "", ""]);
            else
                lines.Add(line);
        }

        TextDamage.DamageLines(lines, damage, rng, report, i => !lines[i].StartsWith("Side ") && !(i + 1 < lines.Count && IsBareDate(lines[i + 1])) && !IsBareDate(lines[i]));
        if (damage.DoubleSpacing > 0 && rng.NextDouble() < damage.DoubleSpacing)
        {
            lines = lines.SelectMany(l => string.IsNullOrWhiteSpace(l) ? new[] { l } : [l, ""]).ToList();
            report.DoubleSpaced = true;
        }

        var printed = minutes with
        {
            Meeting = new MeetingHeader { Committee = committee, Date = minutes.Meeting.Date },
            TableOfContents = [],
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Print.Utf8(lines), printed, report);
    }

    private static bool IsBareDate(string line) => Regex.IsMatch(line.Trim(), @"^\d{2}-\d{2}-\d{4}$");

    private static void AddBlocks(IEnumerable<Block> blocks, Action<string> prose, List<(string, Kind)> body)
    {
        foreach (var block in blocks)
        {
            if (block is Paragraph p)
            {
                prose(p.Text);
                continue;
            }
            foreach (var (text, _) in Print.Block(block))
            {
                if (block is TableBlock)
                    body.Add((text, Kind.Fixed));
                else
                    prose(text);
            }
            if (block is TableBlock)
                body.Add((" ", Kind.Fixed));
        }
    }

    /// <summary>
    /// A page may end before a heading or a paragraph, or (as damage) inside a sentence: before a lower-case line whose
    /// previous line ends in a letter.
    /// </summary>
    private static bool CanBreakBefore(List<(string Text, Kind Kind)> body, int i, DamageOptions damage, Random rng, DamageReport report)
    {
        var (text, kind) = body[i];
        if (kind == Kind.Start)
            return true;
        if (kind != Kind.Continue || damage.PageBreakInSentence <= 0)
            return false;
        var previous = body[i - 1].Text.TrimEnd();
        if (text.Length > 0 && char.IsLower(text[0]) && previous.Length > 0 && char.IsLetter(previous[^1]) && rng.NextDouble() < damage.PageBreakInSentence * 3)
        {
            report.PageBreaks++;
            return true;
        }
        return false;
    }

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
