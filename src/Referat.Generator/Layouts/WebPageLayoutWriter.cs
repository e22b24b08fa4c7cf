using System.Net;
using System.Text;
using Referat.Domain;

namespace Referat.Generator.Layouts;

/// <summary>
/// Layout (f), a municipal web site's meeting page in HTML: the site's own furniture around the minutes (a skip link,
/// the menu, a cookie banner, breadcrumbs, "Til toppen" links, the footer), "&lt;Committee&gt; - dd-MM-yyyy" as the
/// page heading, a definition list or labelled paragraphs for date, place and committee, the members as a list, items
/// as h2 headings in one of the forms sites use ("Punkt 3 Title", "3. Title", "3: Title"), a closed item as its
/// title marked "(Lukket)" and nothing more, sections as h3, and every decision as its own heading "Beslutning i
/// &lt;Body&gt; den dd-MM-yyyy" with the attendance after its text. No term, table of contents or type tags.
/// </summary>
public sealed class WebPageLayoutWriter : ILayoutWriter
{
    public string Name => "webside";
    public string Extension => ".html";

    public WrittenDocument Write(GeneratedMeeting meeting, DamageOptions damage, Random rng)
    {
        var minutes = meeting.Minutes;
        var header = minutes.Meeting;
        var date = header.Date!.Value;
        var html = new StringBuilder();
        var headingForm = rng.Next(3);
        var definitionList = rng.NextDouble() < 0.5;
        var caseLabel = new[] { "Sagsnr.", "Sagsnummer", "Sagsid." }[rng.Next(3)];

        html.Append("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>").Append(E($"{header.Committee} - {Danish.NumericDate(date)}")).Append("</title></head>\n<body>\n");
        html.Append("<a class=\"skip-link\" href=\"#indhold\">Spring til indhold</a>\n");
        html.Append("<header class=\"site-header\"><nav class=\"main-menu\"><ul><li><a href=\"/politik\">Politik</a></li><li><a href=\"/borger\">Borger</a></li><li><a href=\"/erhverv\">Erhverv</a></li></ul></nav></header>\n");
        html.Append("<div id=\"cookie-consent\"><p>Vi bruger cookies til statistik.</p><button>Accepter</button></div>\n");
        html.Append("<main id=\"indhold\">\n<nav class=\"breadcrumb\"><a href=\"/\">Forside</a> › <a href=\"/politik\">Politik</a> › Dagsordener og referater</nav>\n");
        html.Append("<h1>").Append(E($"{header.Committee} - {Danish.NumericDate(date)}")).Append("</h1>\n<p>Referat</p>\n");
        var when = rng.NextDouble() < 0.5
            ? $"{Danish.Weekday(date)}, {date.Day} {Danish.MonthName(date.Month)}, {date.Year} - {Danish.Time(header.Start!.Value)}"
            : $"{Danish.Weekday(date)} den {Danish.LongDate(date)} kl. {Danish.Time(header.Start!.Value)}";
        var fields = new (string Label, string Value)[] { ("Dato", when), ("Sted", header.Location!), ("Udvalg", header.Committee!) };
        if (definitionList)
            html.Append("<dl>").AppendJoin("", fields.Select(f => $"<dt>{E(f.Label)}</dt><dd>{E(f.Value)}</dd>")).Append("</dl>\n");
        else
            html.AppendJoin("", fields.Select(f => $"<p>{E(f.Label)}: {E(f.Value)}</p>\n"));
        if (header.Participants.Count > 0)
            html.Append("<h2>Deltagere</h2>\n<ul>").AppendJoin("", header.Participants.Select(p => $"<li>{E(p.ToString())}</li>")).Append("</ul>\n");
        if (header.Absences.Count > 0)
            html.Append("<h2>Fraværende</h2>\n<ul>").AppendJoin("", header.Absences.Select(a => $"<li>{E(a.Member.ToString())}</li>")).Append("</ul>\n");

        var printedItems = new List<AgendaItem>();
        foreach (var item in minutes.Items)
        {
            var title = item.IsClosed ? $"{item.Title} (Lukket)" : item.Title;
            var heading = headingForm switch
            {
                0 => $"Punkt {item.Number} {title}",
                1 => $"{item.Number}. {title}",
                _ => $"{item.Number}: {title}",
            };
            html.Append("<section class=\"punkt\">\n<h2>").Append(E(heading)).Append("</h2>\n");
            if (item.IsClosed)
            {
                html.Append("</section>\n");
                printedItems.Add(new AgendaItem { Number = item.Number, Order = item.Order, Title = item.Title, IsClosed = true });
                continue;
            }
            if (item.CaseNumber is not null)
                html.Append("<p>").Append(E($"{caseLabel}: {item.CaseNumber.Text}")).Append("</p>\n");
            var sections = new List<Section>();
            foreach (var section in item.Sections)
            {
                sections.Add(section);
                if (section.Kind == SectionKind.Decision)
                {
                    foreach (var decision in item.Decisions)
                    {
                        html.Append("<h3>").Append(E($"Beslutning i {decision.Body} den {Danish.NumericDate(decision.Date!.Value)}")).Append("</h3>\n");
                        html.AppendJoin("", Print.Paragraphs(decision).Select(p => $"<p>{E(p)}</p>\n"));
                        html.AppendJoin("", Attendance(decision).Select(a => $"<p>{E(a)}</p>\n"));
                    }
                    continue;
                }
                html.Append("<h3>").Append(E(section.Heading)).Append("</h3>\n");
                switch (section.Kind)
                {
                    case SectionKind.Competence:
                        html.AppendJoin("", item.Competence.Select(c => $"<p>{E(c.Text)}</p>\n"));
                        break;
                    case SectionKind.Attachments:
                        html.Append("<ul>").AppendJoin("", item.Attachments.Select(a => $"<li>{E(a.Title)}</li>")).Append("</ul>\n");
                        break;
                    default:
                        foreach (var block in section.Blocks)
                            html.Append(Block(block));
                        break;
                }
            }
            html.Append("<p><a href=\"#indhold\">Til toppen</a></p>\n</section>\n");
            printedItems.Add(item with { Types = [], Sections = sections });
        }
        html.Append("</main>\n<footer class=\"site-footer\"><p>Kommunen · Rådhuset · Telefon 70 00 00 00</p></footer>\n</body></html>\n");

        var printed = minutes with
        {
            Meeting = header with { Term = null },
            TableOfContents = [],
            Items = printedItems,
            AttachmentsPart = [],
        };
        return new WrittenDocument(Encoding.UTF8.GetBytes(html.ToString()), printed, new DamageReport());
    }

    /// <summary>"Fraværende: A (P)", "B (P) deltog i mødet i stedet for A (P)", "A (P) deltog ikke under punktet."</summary>
    private static IEnumerable<string> Attendance(Decision decision)
    {
        foreach (var absence in decision.Absences)
        {
            if (absence.Substitute is not null)
                yield return $"{absence.Substitute} deltog i mødet i stedet for {absence.Member}";
            else if (absence.Note is not null)
                yield return $"{absence.Member} deltog ikke {absence.Note}.";
            else
                yield return $"Fraværende: {absence.Member}";
        }
    }

    private static string Block(Block block) => block switch
    {
        Paragraph p => $"<p>{E(p.Text)}</p>\n",
        BulletList { Numbered: true } list => "<ol>" + string.Concat(list.Entries.Select(e => $"<li>{E(e)}</li>")) + "</ol>\n",
        BulletList list => "<ul>" + string.Concat(list.Entries.Select(e => $"<li>{E(e)}</li>")) + "</ul>\n",
        TableBlock table => "<table><tr>" + string.Concat(table.Table.Header.Select(h => $"<th>{E(h)}</th>")) + "</tr>"
                            + string.Concat(table.Table.Rows.Select(r => "<tr>" + string.Concat(r.Cells.Select(c => $"<td>{E(c.Text)}</td>")) + "</tr>")) + "</table>\n",
        _ => "",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
