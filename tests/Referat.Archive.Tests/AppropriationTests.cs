using System.Text.Json.Nodes;
using Referat.Domain;

namespace Referat.Archive.Tests;

/// <summary>Appropriation tables as data: the reader's rules, and <c>referat appropriations --json</c> on the seed archive.</summary>
public sealed class AppropriationTests : IDisposable
{
    private readonly TestArchive _archive = new();

    private static DataTable Table(string[] header, params string[][] rows) => new(header.ToValueList(),
        rows.Select(r => new TableRow(r.Select(c => new TableCell(c, DanishNumbers.Parse(c))).ToValueList())).ToValueList());

    [Fact]
    public void Lines_are_read_in_kroner_with_their_booking_and_a_total_that_does_not_add_up_is_a_warning()
    {
        var table = AppropriationReader.Read(Table(["1.000 kr. og 2026 p/l", "Udvalg / Aktivitetsområde", "Varig?", "2026", "2027"],
            ["Udgiftsbevilling", "BSU/Beskæftigelse (ikke-service)", "ja", "230", "462"],
            ["Indtægt", "ØK / Kommunale ejendomme (service)", "nej", "-30", "-62"],
            ["I alt (kassen)", "", "", "200", "401"]))!;
        Assert.Equal(2, table.Lines.Count);
        var first = table.Lines[0];
        Assert.Equal(("Udgiftsbevilling", "BSU", "Beskæftigelse", (bool?)false, (bool?)true, (int?)2026), (first.Text, first.Committee, first.Activity, first.Service, first.Permanent, first.PriceLevel));
        Assert.Equal([new YearAmount(2026, 230_000), new YearAmount(2027, 462_000)], first.Amounts);
        Assert.Equal(true, table.Lines[1].Service);
        var warning = Assert.Single(table.Warnings);
        Assert.Contains("2027", warning);                                  // 462 - 62 = 400, printed 401
        Assert.Contains("401", warning);
    }

    [Theory]
    [InlineData("Mio. kr. i 2025 p/l", "-2,9", -2_900_000L)]
    [InlineData("t. kr.", "1.713", 1_713_000L)]
    [InlineData("kr.", "1.575.000", 1_575_000L)]
    public void The_unit_of_the_header_gives_the_kroner(string unit, string printed, long kroner) =>
        Assert.Equal(kroner, AppropriationReader.Read(Table([unit, "2026"], ["Drift", printed]))!.Lines.Single().Amounts.Single().Kr);

    [Fact]
    public void The_unit_may_stand_in_the_note_under_the_table_and_tables_without_years_or_unit_are_no_appropriations()
    {
        var noted = AppropriationReader.Read(Table(["Overskrift", "udvalg / aktivitetsområde", "2019", "2020"], ["Flytning", "SSU / Sundhed", "0", "370"]),
            "Opgjort i hele tusinde kr. i 2019 pris- og lønniveau");
        Assert.Equal((2019, 370_000L), (noted!.Lines.Single().PriceLevel!.Value, noted.Lines.Single().Amounts[1].Kr));
        Assert.Null(AppropriationReader.Read(Table(["Mio. kr.", "Vedtaget budget", "Regnskab"], ["Drift", "533,3", "573,7"])));
        Assert.Null(AppropriationReader.Read(Table(["Tilbud", "2023"], ["Torvehuset", "4,8"])));
        Assert.Null(AppropriationReader.Read(Table(["2022", "2023"], ["6,9", "7,1"]), "mio. kr."));
    }

    [Fact]
    public void The_seed_archive_lists_its_appropriation_lines_in_kroner()
    {
        var import = Cli.Run(["import", .. Directory.GetFiles(Seeds.Directory, "*.txt"), "--db", _archive.DbArgument]);
        Assert.True(import.ExitCode == 0, import.Error);
        var run = Cli.Run("appropriations", "--json", "--db", _archive.DbArgument);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = JsonNode.Parse(run.Output)!["lines"]!.AsArray();
        // Seed 000, item 8: "t. kr. i 2026 p/l", Beskæftigelses- og Socialudvalget / Beskæftigelse (ikke service), -1.713 and 1.713 in 2026.
        var income = lines.Single(l => l!["text"]!.GetValue<string>() == "Indtægt fra ansøgte midler")!;
        Assert.Equal(("8", "Beskæftigelses- og Socialudvalget", "Beskæftigelse", false, 2026), (income["item"]!["number"]!.GetValue<string>(),
            income["committee"]!.GetValue<string>(), income["activity"]!.GetValue<string>(), income["service"]!.GetValue<bool>(), income["priceLevel"]!.GetValue<int>()));
        Assert.Equal(-1_713_000, income["amounts"]![0]!["kr"]!.GetValue<long>());
        // Seed 003, item 2: "Opgjort i hele tusinde kr. i 2019 pris- og lønniveau", 370 a year from 2020 moved from ØK to SSU.
        var moved = lines.Where(l => l!["text"]!.GetValue<string>() == "Teknisk flytning af ældreboliger").ToList();
        Assert.Equal([370_000L, -370_000L], moved.Select(l => l!["amounts"]!.AsArray().Single(a => a!["year"]!.GetValue<int>() == 2020)!["kr"]!.GetValue<long>()).Order().Reverse());
        Assert.All(lines, l => Assert.Contains(l!["status"]!.GetValue<string>(), new[] { "proposed", "recommended", "granted" }));

        var csv = Path.Combine(_archive.Directory, "bevillinger.csv");
        Assert.Equal(0, Cli.Run("appropriations", "--csv", csv, "--db", _archive.DbArgument).ExitCode);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);                     // Excel reads UTF-8 only with the BOM
        var rows = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Udvalg (møde);Mødedato;Punkt;", rows[0]);
        Assert.Contains(rows, r => r.Contains(";Indtægt fra ansøgte midler;") && r.EndsWith(";2026;-1713000", StringComparison.Ordinal));
        Assert.Equal(lines.Sum(l => l!["amounts"]!.AsArray().Count), rows.Length - 1);
    }

    public void Dispose() => _archive.Dispose();
}
