using Referat.Domain;

namespace Referat.Import.Tests;

/// <summary>An invented meeting of an invented committee, built in code, with every part the renderers write.</summary>
internal static class SampleMinutes
{
    public const string Committee = "Klima- og Byudvalget";

    private static PartyMember M(string name, string party) => new(name, party);

    private static Section S(string heading, SectionKind kind, params Block[] blocks) => new(heading, kind, blocks);

    public static MinutesDocument Build(string? firstTitle = null)
    {
        var meetingDate = new DateOnly(2026, 3, 9);
        var cycleCase = CaseNumber.From("05.01.08-G01-12-25");
        var winterCase = CaseNumber.From("00.01.00-A30-10-25");
        var agendaCase = CaseNumber.From("00.22.04-A00-3-26");

        var items = new List<AgendaItem>
        {
            new()
            {
                Number = "1", Order = 1, Title = firstTitle ?? "Godkendelse af dagsorden", Types = ["Beslutning"], CaseNumber = agendaCase,
                Sections = [S("Beslutning", SectionKind.Decision)],
                Decisions = [new Decision { Body = Committee, Date = meetingDate, Text = "Godkendt." }],
            },
            new()
            {
                Number = "2", Order = 2, Title = "Ny cykelsti langs Åvej – anlægsbevilling", Types = ["Beslutning"], CaseNumber = cycleCase,
                Sections =
                [
                    S("Resume", SectionKind.Resume, new Paragraph(
                        "Forvaltningen har udarbejdet et projekt for en dobbeltrettet cykelsti på 1,8 km langs Åvej mellem Østerbyskolen og " +
                        "stationen, så børn og pendlere får en sikker og sammenhængende rute. Projektet forudsætter en anlægsbevilling og " +
                        "frigivelse af rådighedsbeløb, og arbejdet forventes udført i sommeren 2026 med afslutning inden skolestart.")),
                    S("Indstilling", SectionKind.Recommendation,
                        new Paragraph("Forvaltningen indstiller, at"),
                        new BulletList(["der gives en anlægsbevilling på 5,7 mio. kr. til cykelstien", "rådighedsbeløbet frigives i 2026 og 2027"])),
                    S("Økonomi", SectionKind.Economy,
                        new Paragraph("Udgifterne fordeler sig således i mio. kr.:"),
                        new TableBlock(new DataTable(["Mio. kr.", "2026", "2027", "I alt"],
                        [
                            new TableRow([new("Anlæg", null), new("4,5", 4.5m), new("1,2", 1.2m), new("5,7", 5.7m)]),
                            new TableRow([new("Drift", null), new("0,3", 0.3m), new("0,3", 0.3m), new("0,6", 0.6m)]),
                        ]))),
                    S("Beslutningskompetence", SectionKind.Competence),
                    S("Beslutning", SectionKind.Decision),
                    S("Bilag", SectionKind.Attachments),
                ],
                Competence =
                [
                    new CompetenceStep("Økonomiudvalget anbefaler.", "Økonomiudvalget", CompetenceRole.Recommends),
                    new CompetenceStep("Kommunalbestyrelsen beslutter.", "Kommunalbestyrelsen", CompetenceRole.Decides),
                ],
                Decisions =
                [
                    new Decision
                    {
                        Body = Committee, Date = meetingDate, Text = "Anbefales godkendt.",
                        Absences = [new Absence(M("Birthe Østergaard", "F"), M("Karen Holt", "F"), "under punktet")],
                    },
                ],
                Attachments = [new Attachment("Oversigtskort over linjeføringen"), new Attachment("Budgetoverslag for anlægget")],
            },
            new()
            {
                Number = "3", Order = 3, Title = "Orientering om vinterberedskabet 2025/26", Types = ["Orientering"], CaseNumber = winterCase,
                Sections =
                [
                    S("Sagsfremstilling", SectionKind.CaseDescription,
                        new Paragraph("Vintertjenesten har i sæsonen rykket ud 41 gange, heraf 6 gange med fuld snerydning af cykelstier og fortove."),
                        new Paragraph("Forbruget af vejsalt er faldet med 12 procent, fordi saltlage nu bruges på de største veje, og " +
                                      "forvaltningen vil evaluere ordningen sammen med entreprenørerne før næste sæson begynder i oktober.")),
                    S("Beslutning", SectionKind.Decision),
                ],
                Decisions =
                [
                    new Decision { Body = "Økonomiudvalget", Date = new DateOnly(2026, 3, 2), Text = "Anbefalet." },
                    new Decision
                    {
                        Body = Committee, Date = meetingDate, Text = "Taget til efterretning.\nUdvalget ønsker en status i efteråret.",
                        Absences = [new Absence(M("Jonas Lund", "C"))],
                    },
                ],
            },
        };

        return new MinutesDocument
        {
            Meeting = new MeetingHeader
            {
                Committee = Committee,
                Term = new LegislativeTerm(2026, 2029),
                Date = meetingDate,
                Start = new TimeOnly(16, 0),
                Location = "Rådhuset, mødelokale 2",
                Participants = [M("Ida Sørensen", "A"), M("Mads Åkjær", "V"), M("Birthe Østergaard", "F"), M("Jonas Lund", "C")],
            },
            Items = items,
        };
    }
}
