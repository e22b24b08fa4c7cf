using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Referat.Search.Analysis;

/// <summary>
/// Danish text analysis: StandardTokenizer → lower case → Danish stop words → safe folding (<see cref="DanishFoldingFilter"/>)
/// → compound parts (<see cref="CompoundPartsFilter"/>, only when <paramref name="decompound"/>) → Snowball Danish stemmer.
/// The whole-word fields use it without decompounding; the parts fields with it, <paramref name="partsOnly"/> (only the
/// parts of compounds: every word is in the whole-word twin already), so that exact words outrank parts. Snippets use
/// it decompounding with the words kept.
/// </summary>
public sealed class DanishSearchAnalyzer(DanishLexicon lexicon, bool decompound, bool partsOnly = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public DanishLexicon Lexicon => lexicon;
    public bool Decompounds => decompound;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, DanishAnalyzer.DefaultStopSet);
        stream = new DanishFoldingFilter(stream, lexicon);
        if (decompound)
            stream = new CompoundPartsFilter(stream, new CompoundSplitter(lexicon), partsOnly);
        stream = new SnowballFilter(stream, new DanishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Values added to one field one after another (the catch-all field) are far apart: no phrase spans two.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>The tokens of a text with their offsets, for tests and snippets.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text, string field = "text")
    {
        var result = new List<AnalyzedToken>();
        using var stream = GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var position = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var pos = -1;
        while (stream.IncrementToken())
        {
            pos += position.PositionIncrement;
            result.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, pos, type.Type == CompoundPartsFilter.PartType));
        }
        stream.End();
        return result;
    }
}

public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position, bool IsPart);
