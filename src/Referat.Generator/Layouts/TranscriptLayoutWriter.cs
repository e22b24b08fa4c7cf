using System.Text;
using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (h), a PDF transcript site's page: the viewer's chrome ("Størrelse: px", "Download "…"", "Transkript"),
/// then each page of the PDF as one line that opens with its page number, every label and heading run into it
/// ("Mødedato: … Mødested: … Medlemmer: Formand: A (P) Næstformand: B (P) …"), a running head or a "Side N" foot,
/// the table of contents run together with its page numbers, one page per item ("35 Title Sagsnr.: … Sagsbeskrivelse:
/// … Indstillinger: … Beslutning i &lt;Body&gt; den dd-MM-yyyy: Godkendt. Fraværende: A (P)"). Damage is the site's:
/// page numbers of the contents and the digits of decision dates are lost ("Beslutning i … den : Godkendt.").
/// </summary>
public sealed class TranscriptLayoutWriter : ILayoutWriter
{
    public string Name => "transskript";
    public string Extension => ".txt";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var header = minutes.Meeting;
        var date = header.Date!.Value;
        var report = new DamageReport();
        var lossRate = damage.Any ? 0.5 : 0;
        var title = rng.NextDouble() < 0.5 ? $"Referat fra mødet i {header.Committee}" : $"{header.Committee} Referat";
        var runningHead = rng.NextDouble() < 0.5;
        var pages = new List<string>();

        var first = new StringBuilder(title);
        first.Append($" Mødedato: {Danish.Weekday(date)} den {Danish.LongDate(date)} Mødested: {header.Location}");
        first.Append($" Mødetidspunkt: Kl. {Danish.Time(header.Start!.Value)}-{Danish.Time(header.Start.Value.AddHours(2))}");
        if (header.Participants.Count > 0)
            first.Append(" Medlemmer: ").AppendJoin(' ', header.Participants.Select((p, i) => i switch { 0 => $"Formand: {p}", 1 => $"Næstformand: {p}", _ => p.ToString() }));
        if (header.Absences.Count > 0)
            first.Append(" Fraværende: ").AppendJoin(", ", header.Absences.Select(a => a.Member.ToString()));
        pages.Add(first.ToString());

        var contents = new StringBuilder("Indholdsfortegnelse");
        var page = 3;
        foreach (var item in minutes.Items)
        {
            contents.Append($" {item.Number} {Printed(item)}");
            if (rng.NextDouble() >= lossRate)
                contents.Append($" {page}");
            else
                report.LostNumbers++;
            page++;
        }
        pages.Add(contents.ToString());

        var printedItems = new List<AgendaItem>();
        foreach (var item in minutes.Items)
        {
            var text = new StringBuilder($"{item.Number} {Printed(item)}");
            if (item.CaseNumber is not null)
                text.Append($" Sagsnr.: {item.CaseNumber.Text}");
            var sections = new List<Section>();
            void Section(string heading, SectionKind kind, IEnumerable<Block> blocks)
            {
                var printed = blocks.SelectMany(Print.Block).Select(b => b.Text).ToList();
                text.Append($" {heading}: ").AppendJoin(' ', printed);
                sections.Add(new Section(heading, kind, []));
            }
            var description = item.Sections.Where(s => s.Kind is SectionKind.Resume or SectionKind.Problem or SectionKind.Solutions or SectionKind.CaseDescription
                or SectionKind.StrategicFramework or SectionKind.NextSteps).SelectMany(s => s.Blocks).ToList();
            if (description.Count > 0)
                Section("Sagsbeskrivelse", SectionKind.CaseDescription, description);
            if (item.Sections.FirstOrDefault(s => s.Kind == SectionKind.Economy) is { } economy)
                Section("Økonomiske konsekvenser", SectionKind.Economy, economy.Blocks);
            if (item.Sections.FirstOrDefault(s => s.Kind == SectionKind.Recommendation) is { } recommendation)
                Section("Indstillinger", SectionKind.Recommendation, recommendation.Blocks.Where(b => b is not TableBlock));
            var decisions = new List<Decision>();
            foreach (var decision in item.Decisions)
            {
                var lost = rng.NextDouble() < lossRate * 0.4;
                text.Append($" Beslutning i {decision.Body} den {(lost ? "" : Danish.NumericDate(decision.Date!.Value))}: ").AppendJoin(' ', Print.Paragraphs(decision));
                if (decision.Absences.Count > 0)
                    text.Append(" Fraværende: ").AppendJoin(", ", decision.Absences.Select(a => a.Member.ToString()));
                decisions.Add(decision with
                {
                    Date = lost ? null : decision.Date,
                    Absences = decision.Absences.Select(a => new Absence(a.Member)).ToValueList(),
                });
                if (lost)
                    report.LostNumbers++;
            }
            if (decisions.Count > 0)
                sections.Add(new Section("Beslutning", SectionKind.Decision, []));
            pages.Add(text.ToString());
            printedItems.Add(item with { Types = [], Competence = [], Sections = sections, Decisions = decisions, Attachments = [] });
        }

        var lines = new List<string> { title, "", "Størrelse: px", "Starte visningen fra side:", "", $"Download \"{title}\"", "", "Transkript", "" };
        for (var p = 0; p < pages.Count; p++)
        {
            var number = p + 1;
            var withFurniture = runningHead && number > 1
                ? $"{header.Committee} {Danish.LongDate(date)} Side: {number} {pages[p]}"
                : runningHead ? pages[p] : $"{pages[p]} Side {number}";
            lines.Add($"{number} {withFurniture}");
            lines.Add("");
        }

        var printedMinutes = minutes with
        {
            Meeting = header with { Term = null, Committee = header.Committee },
            TableOfContents = minutes.Items.Select(i => new TocEntry(i.Title, null, i.Number)).ToValueList(),
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), printedMinutes, report);
    }

    private static string Printed(AgendaItem item) => item.IsClosed ? $"Lukket - {item.Title}" : item.Title;
}
