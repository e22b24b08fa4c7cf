using Referat.Archive;
using Referat.Storage;

namespace Referat.Web.Tests;

/// <summary>The seeds, read with high confidence throughout, beside a transcript whose decision lost its date.</summary>
public sealed class UncertainReadingServer : WebTestServer
{
    public const string Transcript = "Udvalg: Vej- og Parkudvalget\nMødedato: 5. marts 2025\n\n7. Vintervedligeholdelse af stierne\n\nSagsnr.: 25/101\n\nBeslutning i Vej- og Parkudvalget den : Godkendt.\n";

    protected override void Prepare(ArchiveContext db)
    {
        var path = Path.Combine(Directory, "transskript.txt");
        File.WriteAllText(path, Transcript);
        Assert.False(new ImportService(db).ImportFile(path).Failed);
    }
}

/// <summary>The portal marks an imported meeting whose reading was uncertain, and says which fields and why.</summary>
public sealed class UncertainReadingTests(UncertainReadingServer server) : IClassFixture<UncertainReadingServer>
{
    private long MeetingOn(DateOnly date)
    {
        using var db = server.OpenArchive();
        return db.Meetings.Single(m => m.Date == date && !m.Deleted).Id;
    }

    [Fact]
    public async Task A_meeting_read_with_low_confidence_carries_the_note_with_its_fields()
    {
        var html = await server.Client.GetStringAsync($"{server.BaseUrl}/moeder/{MeetingOn(new DateOnly(2025, 3, 5))}");
        Assert.Contains("Usikker aflæsning", html);
        Assert.Contains("ét felt", html);
        Assert.Contains("Punkt 1, beslutning 1 (linje 8, sikkerhed 0,60): beslutningslinjen har mistet sin dato", html);
    }

    [Fact]
    public async Task A_meeting_read_with_high_confidence_has_no_note()
    {
        var seedDate = new DateOnly(2026, 3, 9);          // seed 000, Social- og Beskæftigelsesudvalget
        var html = await server.Client.GetStringAsync($"{server.BaseUrl}/moeder/{MeetingOn(seedDate)}");
        Assert.DoesNotContain("Usikker aflæsning", html);
    }
}
