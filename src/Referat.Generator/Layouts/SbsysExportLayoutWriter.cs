using System.Text;
using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (g), the text of a case system's minutes export: the title as one sentence broken over short lines
/// ("Referat" / "fra" / "mødet i &lt;Committee&gt;" / "den 9. marts 2026 kl. 16:00" / "i &lt;Room&gt;"), the absent
/// members in a sentence, the agenda as a "Pkt." / "Tekst" list with each number and title on lines of their own,
/// grouped into open and closed items; items numbered on through the year, each with its KLE number over the heading
/// "117. Title", the route in "Forventet sagsgang", earlier bodies' decisions quoted as "&lt;Body&gt;, 19. juni 2019,
/// pkt. 146:", the meeting's own decision under a bare "Beslutning", and "Fraværende: A (P)" lines.
/// </summary>
public sealed class SbsysExportLayoutWriter : ILayoutWriter
{
    public string Name => "sbsys";
    public string Extension => ".txt";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var header = minutes.Meeting;
        var date = header.Date!.Value;
        var lines = new List<string>();
        var report = new DamageReport();
        void Paragraph(string text) { lines.Add(text); lines.Add(""); }

        lines.AddRange(["Referat", rng.NextDouble() < 0.5 ? "fra" : "til", $"mødet i {header.Committee}", $"den {Danish.LongDate(date)} kl. {Danish.Time(header.Start!.Value)}", $"i {header.Location}", ""]);
        if (header.Absences.Count > 0)
            Paragraph(rng.NextDouble() < 0.5
                ? $"Fraværende var: {Danish.List(header.Absences.Select(a => a.Member.ToString()))}"
                : $"Der var afbud fra {Danish.List(header.Absences.Select(a => a.Member.ToString()))}.");
        var end = header.Start.Value.AddHours(2).AddMinutes(rng.Next(0, 50));
        Paragraph($"Mødet sluttede kl. {end.Hour:00}.{end.Minute:00}");

        // Open items first, then closed; numbered on from where the year's meetings have got to.
        var first = rng.Next(1, 300);
        var ordered = minutes.Items.Where(i => !i.IsClosed).Concat(minutes.Items.Where(i => i.IsClosed))
            .Select((item, k) => item with { Number = (first + k).ToString(), Order = k + 1 }).ToList();

        lines.AddRange(["Pkt.", "", "Tekst", ""]);
        var inClosed = false;
        Paragraph("Åbne dagsordenspunkter");
        foreach (var item in ordered)
        {
            if (item.IsClosed && !inClosed)
            {
                Paragraph("Lukkede dagsordenspunkter");
                inClosed = true;
            }
            Paragraph(item.Number);
            Paragraph(item.Title);
        }

        var printedItems = new List<AgendaItem>();
        inClosed = false;
        Paragraph("Åbne dagsordenspunkter");
        foreach (var item in ordered)
        {
            if (item.IsClosed && !inClosed)
            {
                Paragraph("Lukkede dagsordenspunkter");
                inClosed = true;
            }
            if (item.CaseNumber is not null)
                Paragraph(item.CaseNumber.Text);
            Paragraph($"{item.Number}. {item.Title}");
            if (item.Competence.Count > 0)
            {
                Paragraph("Forventet sagsgang");
                Paragraph(string.Join(", ", item.Competence.Select(c => Abbreviation(c.Body))));
            }
            var sections = new List<Section>();
            var quoted = item.Decisions.Take(item.Decisions.Count - 1).ToList();
            var own = item.Decisions.Count > 0 ? item.Decisions[^1] : null;
            foreach (var section in item.Sections)
            {
                if (section.Kind == SectionKind.Competence)
                    continue;
                sections.Add(section);
                Paragraph(section.Heading);
                switch (section.Kind)
                {
                    case SectionKind.Decision when own is not null:
                        foreach (var text in Print.Paragraphs(own))
                            Paragraph(text);
                        foreach (var attendance in Attendance(own))
                            Paragraph(attendance);
                        break;
                    case SectionKind.Attachments:
                        foreach (var attachment in item.Attachments)
                            Paragraph(attachment.Title);
                        break;
                    default:
                        foreach (var block in section.Blocks)
                            foreach (var (text, _) in Print.Block(block))
                                Paragraph(text);
                        if (section.Kind == SectionKind.Recommendation)
                            foreach (var decision in quoted)
                            {
                                Paragraph($"{decision.Body}, {Danish.LongDate(decision.Date!.Value)}, pkt. {rng.Next(1, 200)}:");
                                foreach (var text in Print.Paragraphs(decision))
                                    Paragraph(text);
                                foreach (var attendance in Attendance(decision))
                                    Paragraph(attendance);
                            }
                        break;
                }
            }
            var decisions = quoted.Concat(own is null ? [] : [own with { Body = null, Date = null }]).ToList();
            printedItems.Add(item with { Types = [], Competence = [], Sections = sections, Decisions = decisions });
        }

        TextDamage.DamageLines(lines, damage, rng, report);
        var printed = minutes with
        {
            Meeting = header with { Term = null, Participants = [] },
            TableOfContents = ordered.Select(i => new TocEntry(i.Title, null, i.Number)).ToValueList(),
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), printed, report);
    }

    /// <summary>"Fraværende: A (P)", "B (P) deltog i stedet for A (P).", "A (P) var fraværende under punktet."</summary>
    private static IEnumerable<string> Attendance(Decision decision) => decision.Absences.Select(a =>
        a.Substitute is not null ? $"{a.Substitute} deltog i stedet for {a.Member}."
        : a.Note is not null ? $"{a.Member} var fraværende {a.Note}."
        : $"Fraværende: {a.Member}");

    /// <summary>The body as the route of a case abbreviates it: "Økonomiudvalget" → "ØK", "Kommunalbestyrelsen" → "KB".</summary>
    private static string Abbreviation(string? body) => body switch
    {
        null => "?",
        "Økonomiudvalget" => "ØK",
        "Kommunalbestyrelsen" => "KB",
        _ => string.Concat(body.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])) + "U",
    };
}
