using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (a), plain text, and (c), its Markdown twin: "REFERAT &lt;committee&gt; &lt;term&gt; d. dd-MM-yyyy", labelled
/// header lines, a table of contents, "Punkt N: Title (Type)" items, one paragraph per line with blank lines between.
/// </summary>
public sealed class TextLayoutWriter(bool markdown) : ILayoutWriter
{
    public string Name => markdown ? "markdown" : "text";
    public string Extension => markdown ? ".md" : ".txt";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var header = minutes.Meeting;
        var report = new DamageReport();
        var lines = new List<string> { "", "" };
        string Bold(string s) => markdown ? $"**{s}**" : s;
        string Heading(int level, string s, bool bold = false) => markdown ? $"{new string('#', level)} {(bold ? Bold(s) : s)}" : s;

        lines.Add(Heading(1, $"REFERAT {header.Committee} {header.Term} d. {Danish.NumericDate(header.Date!.Value)}", bold: true));
        lines.Add("");
        lines.Add($"{Bold("Mødedato")} {Danish.Weekday(header.Date.Value)} d. {Danish.LongDatePadded(header.Date.Value)} kl. {Danish.Time(header.Start!.Value)}");
        lines.Add("");
        lines.Add($"{Bold("Mødested")} {header.Location}");
        lines.Add("");
        if (header.Participants.Count > 0)
        {
            lines.Add($"{Bold("Mødedeltagere")} {string.Join(", ", header.Participants)}");
            lines.Add("");
        }
        if (header.Absences.Count > 0)
        {
            lines.Add($"{Bold("Fraværende")} {string.Join(", ", header.Absences.Select(a => a.Member))}");
            lines.Add("");
        }
        lines.Add(Heading(2, "Indholdsfortegnelse"));
        lines.Add("");
        foreach (var entry in minutes.TableOfContents)
            lines.Add($"{entry.Title}.....\t{entry.Page}");
        lines.Add("");

        var printedItems = new List<AgendaItem>();
        foreach (var item in minutes.Items)
        {
            var heading = $"Punkt {item.Number}: {Print.TitleWithTypes(item)}";
            lines.Add(markdown ? Heading(2, heading, bold: rng.NextDouble() < 0.3) : heading);
            lines.Add("");
            if (item.CaseNumber is not null)
            {
                lines.Add(item.CaseNumber.Text);
                lines.Add("");
            }
            var decisions = item.Decisions.ToList();
            var headless = decisions.Count == 1 && rng.NextDouble() < 0.1;
            if (headless)
                decisions[0] = decisions[0] with { Body = null, Date = null };
            foreach (var section in item.Sections)
            {
                lines.Add(Heading(3, section.Heading, bold: section.Kind == SectionKind.Decision && rng.NextDouble() < 0.5));
                lines.Add("");
                switch (section.Kind)
                {
                    case SectionKind.Competence:
                        lines.AddRange(item.Competence.Select(c => c.Text));
                        lines.Add("");
                        break;
                    case SectionKind.Decision:
                        foreach (var decision in decisions)
                        {
                            if (decision.Body is not null)
                            {
                                lines.Add(Print.DecisionHeader(decision, comma: true) + (markdown ? "  " : ""));
                                if (!markdown)
                                    lines.Add("");
                            }
                            foreach (var paragraph in Print.Paragraphs(decision))
                                AddProse(lines, paragraph, damage, rng, report);
                            foreach (var attendance in Print.Attendance(decision))
                            {
                                lines.Add(attendance);
                                lines.Add("");
                            }
                        }
                        break;
                    case SectionKind.Attachments:
                        foreach (var attachment in item.Attachments)
                        {
                            lines.Add(attachment.Title);
                            lines.Add("");
                        }
                        break;
                    default:
                        foreach (var block in section.Blocks)
                        {
                            var rows = Print.Block(block).ToList();
                            if (block is TableBlock)
                            {
                                lines.AddRange(rows.Select(r => r.Text));
                                lines.Add("");
                                continue;
                            }
                            foreach (var (text, prose) in rows)
                            {
                                if (prose) AddProse(lines, text, damage, rng, report);
                                else { lines.Add(text); lines.Add(""); }
                            }
                        }
                        break;
                }
            }
            printedItems.Add(item with { Decisions = decisions });
        }

        TextDamage.DamageLines(lines, damage, rng, report);
        var printed = minutes with { Items = printedItems, AttachmentsPart = [] };
        return new WrittenDocument(Print.Utf8(lines), printed, report);
    }

    /// <summary>A paragraph on one line, or split over a page break inside a sentence.</summary>
    private static void AddProse(List<string> lines, string text, DamageOptions damage, Random rng, DamageReport report)
    {
        if (damage.PageBreakInSentence > 0 && rng.NextDouble() < damage.PageBreakInSentence && TextDamage.SplitForPageBreak(text, rng) is { } split)
        {
            lines.Add(split.First);
            lines.Add("");
            lines.Add(split.Remainder);
            report.PageBreaks++;
        }
        else
        {
            lines.Add(text);
        }
        lines.Add("");
    }
}
