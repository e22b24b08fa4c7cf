using Referat.Domain;

namespace Referat.Search.Tests;

/// <summary>Amount conditions in the query text become filters; the rest is searched as words.</summary>
public sealed class AmountPhraseTests
{
    [Theory]
    [InlineData("tillægsbevillinger over 1 mio. kr.", "", AmountKind.SupplementaryAppropriation, 1_000_001L, null)]
    [InlineData("skole anlægsbevilling under 500.000 kr.", "skole", AmountKind.CapitalAppropriation, null, 499_999L)]
    [InlineData("mindst 2,5 mio. kr. vej", "vej", null, 2_500_000L, null)]
    public void A_condition_is_taken_out_of_the_query(string query, string rest, AmountKind? kind, long? atLeast, long? atMost)
    {
        Assert.True(AmountPhrase.TryExtract(query, out var words, out var k, out var min, out var max));
        Assert.Equal((rest, kind, atLeast, atMost), (words, k, min, max));
    }

    [Fact]
    public void A_number_without_kroner_is_no_amount() =>
        Assert.False(AmountPhrase.TryExtract("over 100 borgere", out _, out _, out _, out _));
}

public sealed class AmountSearchTests
{
    private static SearchDocument Item(string id, string text) =>
        SearchDocuments.FromMinutes(new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = "Lyngrup Udvalget", Date = new DateOnly(2026, 2, 3) },
            Items = [new AgendaItem { Number = id, Order = 1, Title = "Sag " + id, Sections = [new Section("Økonomi", SectionKind.Economy, [new Paragraph(text)])] }],
        }, meetingId: id).First(d => d.Kind == SearchKind.Item);

    [Fact]
    public void Items_are_found_by_the_kind_and_size_of_their_amounts_and_counted_by_size()
    {
        using var index = SearchIndex.InMemory(new SearchIndexOptions { WordListPath = null });
        index.Build([
            Item("1", "Der gives en tillægsbevilling på 2,5 mio. kr. til skolerne."),
            Item("2", "Der gives en tillægsbevilling på 200.000 kr. til vejene."),
            Item("3", "Der er udgifter på 4 mio. kr. til skolerne."),
            Item("4", "Skolerne har ingen beløb."),
        ]);
        string[] Ids(string query, Func<SearchRequest, SearchRequest>? with = null) =>
            [.. index.Search((with ?? (r => r))(new SearchRequest { Query = query })).Hits.Select(h => h.ItemNumber!).Order()];

        Assert.Equal(["1"], Ids("tillægsbevillinger over 1 mio. kr."));
        Assert.Equal(["1", "2"], Ids("tillægsbevilling mindst 100.000 kr."));
        Assert.Equal(["1", "3"], Ids("over 1 mio. kr."));
        Assert.Equal(["1", "3"], Ids("skolerne over 1 mio. kr."));
        Assert.Equal(["2"], Ids("", r => r with { LargestAmount = AmountSize.Medium }));
        var sizes = index.Search(new SearchRequest { Query = "" }).Facets[Facets.AmountSize].ToDictionary(f => f.Value, f => f.Count);
        Assert.Equal(new Dictionary<string, int> { ["Large"] = 2, ["Medium"] = 1 }, sizes);
    }
}
