using Referat.Search.Analysis;

namespace Referat.Search.Tests;

public sealed class AnalyzerTests
{
    private static readonly DanishLexicon Lexicon = DanishLexicon.Create(
        ["bevilling", "tillæg", "udgift", "misbrug", "stof", "behandling", "kvalitet", "standard", "område", "ekstra", "arbejde"]);

    private static IReadOnlyList<string> Terms(string text, bool decompound = true) =>
        new DanishSearchAnalyzer(Lexicon, decompound).Tokens(text).Select(t => t.Term).ToList();

    [Theory]
    [InlineData("tillægsbevilling", "bevilling")]
    [InlineData("udgiftsbevilling", "bevilling")]
    [InlineData("stofmisbrugsbehandling", "misbrug")]
    [InlineData("stofmisbrugsbehandling", "behandling")]
    [InlineData("kvalitetsstandarderne", "kvalitetsstandard")]
    [InlineData("kvalitetsstandarderne", "standard")]
    public void Compounds_index_their_parts(string compound, string query)
    {
        var queryTerm = Assert.Single(Terms(query, decompound: false));
        Assert.Contains(queryTerm, Terms(compound));
    }

    [Fact]
    public void Parts_share_the_compound_position_and_offsets_and_come_after_it()
    {
        var tokens = new DanishSearchAnalyzer(Lexicon, true).Tokens("en tillægsbevilling gives");
        var whole = tokens.First(t => !t.IsPart && t.Term.StartsWith("tillæg", StringComparison.Ordinal));
        var parts = tokens.Where(t => t.IsPart).ToList();
        Assert.Equal(["tillæg", "bevilling"], parts.Select(p => p.Term));
        Assert.All(parts, p => Assert.Equal((whole.Start, whole.End, whole.Position), (p.Start, p.End, p.Position)));
    }

    [Fact]
    public void The_parts_fields_hold_only_parts_at_the_compounds_positions()
    {
        var text = "en tillægsbevilling gives til stofmisbrugsbehandling";
        var both = new DanishSearchAnalyzer(Lexicon, true).Tokens(text);
        var partsOnly = new DanishSearchAnalyzer(Lexicon, true, partsOnly: true).Tokens(text);
        Assert.Equal(both.Where(t => t.IsPart).Select(t => (t.Term, t.Position, t.Start, t.End)), partsOnly.Select(t => (t.Term, t.Position, t.Start, t.End)));
        Assert.All(partsOnly, t => Assert.True(t.IsPart));
        Assert.Empty(new DanishSearchAnalyzer(Lexicon, true, partsOnly: true).Tokens("udvalget godkendte det"));
    }

    [Fact]
    public void The_whole_word_fields_do_not_decompound()
    {
        Assert.DoesNotContain("bevilling", Terms("tillægsbevilling", decompound: false));
    }

    [Theory]
    [InlineData("bevilling")]
    [InlineData("bevillingen")]
    [InlineData("bevillinger")]
    [InlineData("bevillingerne")]
    public void Inflections_stem_alike(string word) => Assert.Equal(["bevilling"], Terms(word, decompound: false));

    [Fact]
    public void Stop_words_are_dropped() => Assert.Equal(["udvalg"], Terms("og det er i udvalget", decompound: false));

    [Theory]
    [InlineData("Aarhus", "århus")]
    [InlineData("paa", "på")]
    [InlineData("Aabenraa", "åbenrå")]
    [InlineData("idé", "ide")]
    [InlineData("ekstraarbejde", "ekstraarbejde")] // "aa" across a compound boundary stays
    [InlineData("æble", "æble")]
    public void Folding_is_safe(string word, string folded) => Assert.Equal(folded, DanishFoldingFilter.Fold(word.ToLowerInvariant(), Lexicon));

    [Fact]
    public void Short_and_unknown_words_are_not_split()
    {
        var splitter = new CompoundSplitter(Lexicon);
        Assert.Empty(splitter.Split("bevilling"));
        Assert.Empty(splitter.Split("forvaltningen"));
        Assert.Empty(splitter.Split("stof"));
    }

    [Fact]
    public void The_fewest_longest_parts_win_with_linking_letters()
    {
        var splitter = new CompoundSplitter(Lexicon);
        var corpusOnly = new CompoundSplitter(DanishLexicon.CorpusOnly(["misbrug", "stof", "behandling", "kvalitet", "standard"]));
        Assert.Equal(["stof", "misbrug", "behandling", "misbrugsbehandling"], corpusOnly.Parts("stofmisbrugsbehandling"));
        Assert.Equal(["kvalitet", "standarderne"], corpusOnly.Parts("kvalitetsstandarderne"));
        // with the full-form word list "stofmisbrugs" is a word; it is split in turn
        var parts = splitter.Parts("stofmisbrugsbehandling");
        Assert.Contains("behandling", parts);
        Assert.Contains("stof", parts);
    }

    [Fact]
    public void The_system_word_list_splits_words_the_corpus_never_had()
    {
        if (!File.Exists(DanishLexicon.DefaultWordListPath))
            return; // covered by the corpus-only tests; the word list is optional
        var lexicon = DanishLexicon.Create([]);
        Assert.True(lexicon.HasWordList);
        Assert.Contains("bevilling", new CompoundSplitter(lexicon).Parts("anlægsbevilling"));
    }
}
