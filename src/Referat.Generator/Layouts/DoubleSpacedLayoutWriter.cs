using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (d), a header-less double-spaced export: " Punkt N " alone, the title on the next line, every line followed
/// by an empty line, paragraph breaks as lines of two spaces, decisions as "&lt;Committee&gt;, den d. MMMM yyyy". The
/// committee and the date are known only from the decision lines; no term, participants, table of contents or case numbers.
/// </summary>
public sealed class DoubleSpacedLayoutWriter : ILayoutWriter
{
    public string Name => "doublespaced";
    public string Extension => ".txt";

    private const string Break = "  ";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var report = new DamageReport();
        var width = rng.Next(86, 96);
        var lines = new List<string>();
        var printedItems = new List<AgendaItem>();

        void Wrapped(string text, double hyphenation) => lines.AddRange(TextDamage.Wrap(text, width, hyphenation, rng, report).Select(l => l + " "));

        foreach (var item in minutes.Items)
        {
            lines.Add($" Punkt {item.Number} ");
            lines.Add(Print.TitleWithTypes(item) + " ");
            var sections = new List<Section>();
            foreach (var section in item.Sections)
            {
                var heading = section.Kind == SectionKind.Resume ? "Resumé" : section.Heading;
                sections.Add(section with { Heading = heading });
                lines.Add(heading + " ");
                switch (section.Kind)
                {
                    case SectionKind.Competence:
                        lines.AddRange(item.Competence.Select(c => c.Text + " "));
                        break;
                    case SectionKind.Decision:
                        var first = true;
                        foreach (var decision in item.Decisions)
                        {
                            if (!first)
                                lines.Add(Break);
                            first = false;
                            lines.Add(Print.DecisionHeader(decision, comma: true) + " ");
                            var paragraphs = Print.Paragraphs(decision).Concat(Print.Attendance(decision)).ToList();
                            for (var p = 0; p < paragraphs.Count; p++)
                            {
                                if (p > 0)
                                    lines.Add(Break);
                                Wrapped(paragraphs[p], 0);
                            }
                        }
                        break;
                    case SectionKind.Attachments:
                        lines.AddRange(item.Attachments.Select(a => $"• {a.Title} "));
                        break;
                    default:
                        var blockFirst = true;
                        foreach (var block in section.Blocks)
                        {
                            if (!blockFirst)
                                lines.Add(Break);
                            blockFirst = false;
                            if (block is TableBlock)
                            {
                                lines.AddRange(Print.Block(block).Select(r => r.Text));
                                continue;
                            }
                            foreach (var (text, prose) in Print.Block(block))
                                Wrapped(text, prose ? damage.Hyphenation : 0);
                        }
                        break;
                }
            }
            printedItems.Add(item with { CaseNumber = null, Sections = sections });
        }

        TextDamage.DamageLines(lines, damage, rng, report);
        var spaced = lines.SelectMany(l => new[] { l, "" }).ToList();
        var printed = minutes with
        {
            Meeting = new MeetingHeader { Committee = minutes.Meeting.Committee, Date = minutes.Meeting.Date },
            TableOfContents = [],
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Print.Utf8(spaced), printed, report);
    }
}
