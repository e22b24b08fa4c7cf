using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Referat.Search.Analysis;

/// <summary>
/// Folds spellings that mean the same Danish word, and nothing else. æ, ø and å stay: they are letters, not accents.
/// <list type="bullet">
/// <item>"aa" → "å" at the start or end of a word (Aabenraa, aar, paa, gaa): the pre-1948 spelling and place names.
/// No Danish compound joins there, since no Danish word is the single letter "a".</item>
/// <item>"aa" inside a word only when the lexicon knows the å-spelling and not the aa-spelling: inside a word "aa" is
/// often a compound boundary ("ekstra|arbejde", "kamera|overvågning"), which must not be folded.</item>
/// <item>foreign accents: é è ê → e, á à → a, ö → ø, ä → æ, ü → y (idé/ide, Swedish and German spellings of names).</item>
/// </list>
/// </summary>
public sealed class DanishFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly DanishLexicon? _lexicon;

    public DanishFoldingFilter(TokenStream input, DanishLexicon? lexicon) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _lexicon = lexicon;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (!MayFold(_term.Buffer, _term.Length))
            return true; // most tokens: nothing to fold, no string made
        var text = _term.ToString();
        var folded = Fold(text, _lexicon);
        if (!ReferenceEquals(folded, text))
            _term.SetEmpty().Append(folded);
        return true;
    }

    /// <summary>False when <see cref="Fold"/> would surely return the word unchanged: no accent to fold and no "aa".</summary>
    private static bool MayFold(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            switch (buffer[i])
            {
                case 'é' or 'è' or 'ê' or 'ë' or 'á' or 'à' or 'â' or 'ö' or 'ä' or 'ü':
                    return true;
                case 'a' when i + 1 < length && buffer[i + 1] == 'a':
                    return true;
            }
        }
        return false;
    }

    public static string Fold(string text, DanishLexicon? lexicon)
    {
        var changed = false;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var f = c switch
            {
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'á' or 'à' or 'â' => 'a',
                'ö' => 'ø',
                'ä' => 'æ',
                'ü' => 'y',
                _ => c,
            };
            if (f != c)
            {
                chars[i] = f;
                changed = true;
            }
        }
        var s = changed ? new string(chars) : text;
        if (s.Length < 2 || !s.Contains("aa", StringComparison.Ordinal) || !s.All(char.IsLetter))
            return changed ? s : text;
        var result = s;
        if (result.StartsWith("aa", StringComparison.Ordinal))
            result = "å" + result[2..];
        if (result.Length >= 3 && result.EndsWith("aa", StringComparison.Ordinal))
            result = result[..^2] + "å";
        if (lexicon is not null && result.Contains("aa", StringComparison.Ordinal))
        {
            var medial = result.Replace("aa", "å", StringComparison.Ordinal);
            if (lexicon.Contains(medial) && !lexicon.Contains(result))
                result = medial;
        }
        return result == text ? text : result;
    }
}

/// <summary>
/// Emits the parts of a Danish compound after the compound itself, at the same position and with the compound's
/// offsets (so a highlighted part marks the whole word). Parts are stemmed by the filters that follow. With
/// <c>partsOnly</c> it emits only the parts, at the compound's position, and drops every other word: what an index's
/// parts field needs beside its whole-word twin, so that a common word is not listed twice.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly CompoundSplitter _splitter;
    private readonly bool _partsOnly;
    private readonly Queue<string> _pending = new();
    private State? _state;

    public const string PartType = "<PART>";

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter, bool partsOnly = false) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _splitter = splitter;
        _partsOnly = partsOnly;
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            _type.Type = PartType;
            return true;
        }
        var skipped = 0; // positions of dropped words (parts only), carried by the next part
        while (m_input.IncrementToken())
        {
            // too short to be a compound: no string made
            var parts = _term.Length < CompoundSplitter.MinCompoundLength ? [] : _splitter.Parts(_term.ToString());
            if (parts.Count == 0)
            {
                if (!_partsOnly)
                    return true;
                skipped += _position.PositionIncrement;
                continue;
            }
            _state = CaptureState();
            foreach (var p in parts.Skip(_partsOnly ? 1 : 0))
                _pending.Enqueue(p);
            if (_partsOnly)
            {
                _term.SetEmpty().Append(parts[0]);
                _position.PositionIncrement += skipped;
                _type.Type = PartType;
            }
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
