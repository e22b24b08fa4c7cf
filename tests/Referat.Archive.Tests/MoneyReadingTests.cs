using Referat.Domain;

namespace Referat.Archive.Tests;

/// <summary>Budget follow-up tables, amounts in running text and committee abbreviations, read as data.</summary>
public sealed class MoneyReadingTests
{
    private static DataTable Table(string[] header, params string[][] rows) => new(header.ToValueList(),
        rows.Select(r => new TableRow(r.Select(c => new TableCell(c, DanishNumbers.Parse(c))).ToValueList())).ToValueList());

    [Fact]
    public void A_follow_up_table_knows_what_each_column_measures_and_which_year()
    {
        var table = BudgetFollowUpReader.Read(Table(["Mio. kr. i 2025 p/l", "Vedtaget budget", "Korrigeret budget", "Regnskab 2025", "Afvigelse til korr. budget", "Overførsel 2025 til 2026"],
            ["Drift", "10,0", "12,5", "13,0", "0,5", "-0,2"]))!;
        Assert.Equal([BudgetMeasure.AdoptedBudget, BudgetMeasure.CorrectedBudget, BudgetMeasure.Accounts, BudgetMeasure.Deviation, BudgetMeasure.CarryOver],
            table.Columns.Select(c => c.Measure));
        Assert.Equal([2025, 2025, 2025, 2025, 2025], table.Columns.Select(c => c.Year));
        Assert.Equal((2025, 1_000_000L), (table.PriceLevel!.Value, table.KronerPerUnit));
        Assert.Equal([10_000_000L, 12_500_000L, 13_000_000L, 500_000L, -200_000L], table.Rows.Single().Kr.Select(k => k!.Value));
        Assert.Empty(table.Warnings);
        Assert.Equal(BudgetMeasure.ExpectedAccounts, BudgetFollowUpReader.Measure("Forventet regnskab"));
        Assert.Null(BudgetFollowUpReader.Read(Table(["Mio. kr.", "Antal ansatte"], ["Drift", "75"])));      // not every column is a measure
        Assert.Null(BudgetFollowUpReader.Read(Table(["Område", "Korrigeret budget"], ["Drift", "75"])));     // no unit anywhere
        Assert.NotNull(BudgetFollowUpReader.Read(Table(["Område", "Korrigeret budget"], ["Drift", "75"]), "Opgjort i hele tusinde kr. i 2019 pris- og lønniveau."));
    }

    [Fact]
    public void Committee_rows_and_total_rows_are_checked_beyond_rounding_and_a_deviation_against_its_columns()
    {
        var table = BudgetFollowUpReader.Read(Table(["1.000 kr. i 2024 p/l", "Korrigeret budget", "Forventet regnskab", "Afvigelse til korr. budget"],
            ["Lyngrup Udvalget", "300", "310", "10"],          // committee row: 100 + 200 = 300
            ["Skoler", "100", "104", "4"],
            ["Dagtilbud", "200", "206", "6"],
            ["Socialudvalget", "51", "49", "-2"],           // 20 + 30 = 50: within rounding (half a thousand per row)
            ["Ældre", "20", "19", "-1"],
            ["Handicap", "30", "30", "0"],
            ["I alt", "350", "359", "19"]))!;                // 350 and 359 add up; the rows' deviations give 9, and so do 359 - 350
        Assert.True(table.Rows[0].IsTotal);
        Assert.True(table.Rows[3].IsTotal);
        Assert.False(table.Rows[1].IsTotal);
        var warnings = table.Warnings.Where(w => !w.EndsWith(BudgetFollowUpReader.WithinRounding, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(warnings, w => w.StartsWith("Lyngrup", StringComparison.Ordinal));
        Assert.Contains(table.Warnings, w => w.StartsWith("Socialudvalget, Korrigeret budget", StringComparison.Ordinal) && w.EndsWith(BudgetFollowUpReader.WithinRounding, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("I alt, Afvigelse", StringComparison.Ordinal) && w.Contains("siger 19", StringComparison.Ordinal));

        var misprint = BudgetFollowUpReader.Read(Table(["1.000 kr.", "Korrigeret budget", "Forventet regnskab", "Afvigelse til korr. budget"],
            ["Myndighed", "231.672", "230.440", "-1.323"]))!;  // transposed digits: 230.440 - 231.672 = -1.232
        Assert.Contains("-1.232", Assert.Single(misprint.Warnings));
    }

    [Theory]
    [InlineData("Det indstilles, at der gives en tillægsbevilling på 1.575.000 kr. til driften.", AmountKind.SupplementaryAppropriation, 1_575_000)]
    [InlineData("Der søges en anlægsbevilling til ombygningen på 2,5 mio. kr.", AmountKind.CapitalAppropriation, 2_500_000)]
    [InlineData("Projektet giver indtægter på -230 t. kr. i 2026.", AmountKind.Income, -230_000)]
    [InlineData("Der har i 2025 været udgifter på 26 mio. kr.", AmountKind.Expense, 26_000_000)]
    public void An_amount_in_a_sentence_gets_the_kind_the_sentence_gives(string sentence, AmountKind kind, long kr)
    {
        var amount = Assert.Single(StatedAmountReader.Read(sentence));
        Assert.Equal((kind, kr), (amount.Kind, amount.Kr));
        Assert.Equal(sentence, amount.Sentence);
    }

    [Fact]
    public void An_amount_whose_sentence_names_no_kind_is_not_taken_and_each_amount_gets_its_nearest_kind()
    {
        Assert.Empty(StatedAmountReader.Read("Prisen er 450 kr. pr. deltager. Budgettet er 12 mio. kr."));
        var both = StatedAmountReader.Read("Der gives en indtægtsbevilling på 1.713 t. kr. og en tilsvarende udgiftsbevilling på 1.713 t. kr.");
        Assert.Equal([(AmountKind.Income, 1_713_000L), (AmountKind.Expense, 1_713_000L)], both.Select(a => (a.Kind, a.Kr)));
    }

    [Fact]
    public void The_unit_of_a_note_is_not_taken_from_an_amount_in_it()
    {
        Assert.Equal(1_000, MoneyUnit.KronerPerUnit("1.000 kr. i 2024 p/l"));
        Assert.Null(MoneyUnit.KronerPerUnit("Der er indregnet en nettotilgang svarende til i alt 6,5 mio. kr."));
        Assert.Equal(1_000_000, MoneyUnit.KronerPerUnit("Mio. kr. i 2025 p/l"));
    }

    [Fact]
    public void Abbreviations_stand_for_the_committee_whose_initials_or_subject_they_are()
    {
        Assert.True(CommitteeAbbreviations.Matches("BSU", "Beskæftigelses- og Socialudvalget"));
        Assert.True(CommitteeAbbreviations.Matches("SSU", "Social- og Sundhedsudvalget"));
        Assert.True(CommitteeAbbreviations.Matches("ØK", "Økonomiudvalget"));
        Assert.True(CommitteeAbbreviations.Matches("KB", "Kommunalbestyrelsen"));
        Assert.False(CommitteeAbbreviations.Matches("BSU", "Social- og Sundhedsudvalget"));
        IReadOnlyList<string>[] both = [["Børne- og Skoleudvalget"], ["Beskæftigelses- og Socialudvalget", "Social- og Beskæftigelsesudvalget"]];
        Assert.Null(CommitteeAbbreviations.Resolve("BSU", both));                                 // two committees: kept as printed
        Assert.Equal("Beskæftigelses- og Socialudvalget", CommitteeAbbreviations.Resolve("BSU", [both[1]]));
        Assert.Null(CommitteeAbbreviations.Resolve("Beskæftigelse", [both[1]]));                  // not an abbreviation
    }
}
