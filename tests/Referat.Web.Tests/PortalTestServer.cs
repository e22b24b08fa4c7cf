using Microsoft.EntityFrameworkCore;
using Referat.Domain;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>
/// The portal's archive: the seeds, the hand-made minutes (whose attachments get file content here, the closed
/// item's too, so that links and downloads can be checked), an upcoming meeting whose texts are markup, and minutes
/// with a citizen's personal data (<see cref="PrivateData"/>), which no public output may show.
/// </summary>
public sealed class PortalTestServer() : WebTestServer(withSeeds: true, Hostile.Minutes)
{
    /// <summary>The public attachment's file; its second line is in no title or section, only in the file.</summary>
    public const string PublicFileText = "Budgetoversigt 2026\nAnlægsrammen til skybrudsbassinet er uændret.";

    protected override void Prepare(ArchiveContext db)
    {
        foreach (var file in db.Files.Include(f => f.AgendaItem).ThenInclude(i => i.Meeting).Where(f => f.AgendaItem.Meeting.Date == HandMade.Minutes.Meeting.Date))
        {
            file.Data = System.Text.Encoding.UTF8.GetBytes(file.AgendaItem.Public ? PublicFileText : "Fortroligt " + HandMade.ClosedMarker);
            file.FileName = file.AgendaItem.Public ? "budgetoversigt.txt" : "fortroligt.txt";
            file.MimeType = "text/plain";
        }
        db.SaveChanges();
        PrivateData.Import(db);
    }

    public override IReadOnlyList<string> ClosedContent => [HandMade.ClosedMarker, .. PrivateData.Values];
}

/// <summary>The archive without a search index: the search page must say so.</summary>
public sealed class NoIndexTestServer() : WebTestServer(withSeeds: false)
{
    protected override bool BuildSearchIndex => false;
}

/// <summary>Minutes of an upcoming meeting whose title and texts hold markup, which the pages must show as text.</summary>
public static class Hostile
{
    public const string Title = "Lokalplan <script>alert('x')</script> & \"Havnen\"";
    public const string Paragraph = "Se <img src=x onerror=alert(1)> for detaljer.";
    public static readonly DateOnly Date = DateOnly.FromDateTime(DateTime.Today.AddDays(14));

    public static MinutesDocument Minutes { get; } = new()
    {
        Meeting = new MeetingHeader
        {
            Committee = "Teknik- og Miljøudvalget", Date = Date, Start = new TimeOnly(15, 30), Location = "Rådhuset",
            Participants = [new PartyMember("Dorte Dahl", "B")],
        },
        Items =
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = Title, Types = ["Beslutning"],
                CaseNumber = CaseNumber.From("01.02.05-P16-3-25") is { } number ? number : null,
                Sections =
                [
                    new Section("Sagsfremstilling", SectionKind.CaseDescription, [new Paragraph(Paragraph)]),
                    new Section("Økonomi", SectionKind.Economy, [new TableBlock(new DataTable(["Bevilling", "2026", "2027"],
                        [new TableRow([new TableCell("Anlæg", null), new TableCell("1.713", 1713), new TableCell("-2,9", -2.9m)])]))]),
                ],
                Decisions = [new Decision { Body = "Teknik- og Miljøudvalget", Date = Date, Text = "Godkendt <b>uden</b> bemærkninger.", Outcome = DecisionOutcome.Approved }],
            },
        ],
    };
}
