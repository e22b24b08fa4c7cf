namespace Referat.Benchmarks.Search;

/// <summary>
/// One benchmark query, in the portal's query language (<see cref="Referat.Search.QueryLanguage"/>); the baselines get
/// the same words (PostgreSQL through websearch_to_tsquery, which reads the same "phrase", OR and -word; SQLite as an
/// FTS5 MATCH expression). <see cref="CaseNumber"/> queries go to the case-number column in SQL, not to full text.
/// </summary>
public sealed record BenchQuery(string Category, string Text, string? Committee = null, int? Year = null)
{
    public bool CaseNumber => Category == "case-number";
    public override string ToString() => Committee is null ? Text : $"{Text} [{Committee}, {Year}]";
}

public static class SearchQueries
{
    /// <summary>The fixed query mix: 42 queries a citizen or journalist might type, built from the generator's vocabulary.</summary>
    public static readonly IReadOnlyList<BenchQuery> All =
    [
        // single words (Lucene and PostgreSQL stem; FTS5 matches the exact form only)
        new("word", "skolestrukturen"),
        new("word", "vejbelysning"),
        new("word", "klimaplan"),
        new("word", "tandpleje"),
        new("word", "høring"),
        new("word", "handleplan"),
        new("word", "kvalitetsstandard"),
        new("word", "tilsynsrapport"),
        new("word", "demografiske"),
        new("word", "dialogmøder"),
        new("word", "svømmehallen"),
        new("word", "budget"),
        new("word", "forvaltningen"),       // in nearly every item: the worst case for ranking all matches
        new("word", "godkendt"),            // a frequent decision word
        // compounds: the parts are words of their own; only Lucene splits compounds
        new("compound", "bevilling"),
        new("compound", "tillægsbevilling"),
        new("compound", "anlægsbevilling"),
        new("compound", "bibliotek"),
        new("compound", "svømmehal"),
        new("compound", "renovering"),
        new("compound", "ældrepleje"),
        new("compound", "affaldssortering"),
        // phrases
        new("phrase", "\"den lokale klimaplan\""),
        new("phrase", "\"ingen økonomiske konsekvenser\""),
        new("phrase", "\"lokalplanen for havnearealet\""),
        new("phrase", "\"trinvis indfasning\""),
        new("phrase", "\"taget til efterretning\""),
        // two words, both required
        new("two-word", "busbetjeningen landdistrikterne"),
        new("two-word", "hjemmeplejens tilrettelæggelse"),
        new("two-word", "tillægsbevilling idrætsfaciliteternes"),
        new("two-word", "frivillighedspolitikken evaluering"),
        new("two-word", "cykelstierne status"),
        // operators
        new("or", "vejbelysningen OR cykelstierne"),
        new("not", "skolestrukturen -høring"),
        // case-number prefix (KLE group and a case-number beginning)
        new("case-number", "27.14"),
        new("case-number", "00.01.00-A00"),
        // a person's name (absent members and votes against are in the decision text)
        new("person", "\"Søren Nørgaard\""),
        new("person", "\"Hanne Overgaard\""),
        // filtered: committee and year
        new("filtered", "bevilling", "Økonomiudvalget", 2022),
        new("filtered", "skolestrukturen", "Børne- og Skoleudvalget", 2019),
        new("filtered", "høring", "Teknik- og Miljøudvalget", 2020),
        new("filtered", "\"taget til efterretning\"", "Kommunalbestyrelsen", 2024),
    ];

    /// <summary>The query as an FTS5 MATCH expression: words and phrases quoted (implicit AND), OR kept, -word as NOT.</summary>
    public static string ToFts5(string text)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length;
                parts.Add("\"" + text[(i + 1)..end] + "\"");
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i];
            if (word == "OR") parts.Add("OR");
            else if (word.StartsWith('-') && word.Length > 1) parts.Add("NOT \"" + word[1..] + "\"");
            else parts.Add("\"" + word.Replace("\"", "") + "\"");
        }
        return string.Join(' ', parts);
    }
}
