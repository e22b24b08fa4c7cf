using System.Text;
using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (i), a web export of labelled blocks: every header label in capitals on a line of its own with its value
/// under it ("UDVALG" / "Byrådet", "STED" / "…", "STARTTIDSPUNKT" / "03-09-2019 18:00:00"), members one per line,
/// the agenda under "PUNKTER" as "446. Title" lines, closed items marked "- Lukket punkt"; each item as "446.   Title"
/// with its facts as label over value ("Sagsnr." / "450-2019-4075", "Initialer" / "NIB") and "Åbent" or "Lukket",
/// case numbers of the dashed year form, and every decision, the meeting's own too, as "Beslutning i &lt;Body&gt;
/// 27. november 2018:" with its attendance before its text.
/// </summary>
public sealed class LabelBlockLayoutWriter : ILayoutWriter
{
    public string Name => "feltblokke";
    public string Extension => ".txt";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var header = minutes.Meeting;
        var date = header.Date!.Value;
        var lines = new List<string>();
        var report = new DamageReport();
        void Block(params string[] text) { lines.AddRange(text); lines.Add(""); }

        Block("UDVALG", "", header.Committee!);
        Block("MØDE", "", "Referat");
        Block("STED", "", header.Location!);
        Block("STARTTIDSPUNKT", "", $"{Danish.NumericDate(date)} {Danish.Time(header.Start!.Value)}:00");
        Block("SLUTTIDSPUNKT", "", $"{Danish.NumericDate(date)} {Danish.Time(header.Start.Value.AddHours(2))}:00");
        if (header.Participants.Count > 0)
            Block(["DELTAGERE", "", .. header.Participants.Select(p => p.ToString())]);
        if (header.Absences.Count > 0)
            Block(["FRAVÆRENDE", "", .. header.Absences.Select(a => a.Member.ToString())]);
        Block(["PUNKTER", "", .. minutes.Items.Select(i => $"{i.Number}. {i.Title}{(i.IsClosed ? " - Lukket punkt" : "")}")]);
        lines.Add("");

        var printedItems = new List<AgendaItem>();
        foreach (var item in minutes.Items)
        {
            Block($"{item.Number}.     {item.Title}");
            var caseNumber = item.CaseNumber is null ? null : CaseNumber.From(Dashed(item.CaseNumber));
            if (caseNumber is not null)
                Block("Sagsnr.", "", caseNumber.Text);
            Block("Initialer", "", Initials(rng));
            Block(item.IsClosed ? "Lukket" : "Åbent");
            foreach (var section in item.Sections)
            {
                if (section.Kind == SectionKind.Decision)
                {
                    foreach (var decision in item.Decisions)
                    {
                        Block($"Beslutning i {decision.Body} {Danish.LongDate(decision.Date!.Value)}:");
                        foreach (var attendance in Attendance(decision))
                            Block(attendance);
                        foreach (var paragraph in Print.Paragraphs(decision))
                            Block(paragraph);
                    }
                    continue;
                }
                Block(section.Heading);
                switch (section.Kind)
                {
                    case SectionKind.Competence:
                        foreach (var step in item.Competence)
                            Block(step.Text);
                        break;
                    case SectionKind.Attachments:
                        foreach (var attachment in item.Attachments)
                            Block(attachment.Title);
                        break;
                    default:
                        foreach (var block in section.Blocks)
                            foreach (var (text, _) in Print.Block(block))
                                Block(text);
                        break;
                }
            }
            lines.Add("");
            printedItems.Add(item with { Types = [], CaseNumber = caseNumber });
        }

        TextDamage.DamageLines(lines, damage, rng, report);
        var printed = minutes with
        {
            Meeting = header with { Term = null },
            TableOfContents = minutes.Items.Select(i => new TocEntry(i.Title, null, i.Number)).ToValueList(),
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), printed, report);
    }

    /// <summary>Attendance before the decision: "Fraværende: A (P)", the seeds' substitute sentence, "var fraværende under punktet".</summary>
    private static IEnumerable<string> Attendance(Decision decision) => decision.Absences.Select(a =>
        a.Substitute is not null ? $"{a.Member} var fraværende. I stedet deltog {a.Substitute}."
        : a.Note is not null ? $"{a.Member} var fraværende {a.Note}."
        : $"Fraværende: {a.Member}");

    /// <summary>The case number in the dashed year form of another case system: "00.15.00-K01-9-18" → "450-2018-9".</summary>
    private static string Dashed(CaseNumber number) =>
        number.Kle is { } kle ? $"{450 + int.Parse(kle.MainGroup)}-{kle.Year}-{kle.Serial}" : number.Text;

    private static string Initials(Random rng) =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => (char)('A' + rng.Next(26))));
}
