using System.Text.Json;

namespace Referat.Archive.Tests;

/// <summary>The query commands through the real CLI: JSON for machines, Danish tables for people.</summary>
public sealed class QueryCliTests(SqliteSeedArchive seeds) : IClassFixture<SqliteSeedArchive>
{
    private string Db => seeds.Archive.DbArgument;

    [Fact]
    public void Show_case_prints_json_with_the_timeline_and_the_bodies_still_to_come()
    {
        var result = Cli.Run("show", "case", "00.01.00-A26-3-24", "--db", Db, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["Økonomiudvalget", "Kommunalbestyrelsen"], json.RootElement.GetProperty("pending").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["2024-03-13", "2024-03-14", "2024-04-18"], json.RootElement.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal("recommended", json.RootElement.GetProperty("timeline")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public void Show_meeting_and_stats_print_danish_tables()
    {
        var meeting = Cli.Run("show", "meeting", "forebyggelses", "2024-04-18", "--db", Db);
        Assert.True(meeting.ExitCode == 0, meeting.Error);
        Assert.Contains("18. april 2024", meeting.Output);
        Assert.Contains("Mødested: Mødelokale A, 1. sal", meeting.Output);

        var stats = Cli.Run("stats", "attendance", "--committee", "Forebyggelses- og Socialudvalget", "--term", "2022-2025", "--db", Db);
        Assert.True(stats.ExitCode == 0, stats.Error);
        Assert.Contains("Fremmøde i Forebyggelses- og Socialudvalget", stats.Output);
        Assert.Contains("1 møder", stats.Output);

        var @case = Cli.Run("show", "case", "00.01.00-A26-3-24", "--db", Db);
        Assert.Contains("Mangler behandling i: Økonomiudvalget, Kommunalbestyrelsen", @case.Output.Replace("\n", " "));
    }

    [Fact]
    public void An_unknown_meeting_or_a_bad_date_is_an_error_with_exit_code_1()
    {
        var missing = Cli.Run("show", "meeting", "forebyggelses", "2030-01-01", "--db", Db);
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("error: arkivet har intet møde", missing.Error);

        var bad = Cli.Run("show", "meeting", "forebyggelses", "18-04-2024", "--db", Db);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("ÅÅÅÅ-MM-DD", bad.Error);
    }
}
