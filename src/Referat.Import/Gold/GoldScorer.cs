using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Referat.Import.Gold;

/// <summary>
/// A faithful port of shared/gold/score.py. Every field counts once: a scalar is right (1) or wrong (0); a list of
/// strings scores the F1 of its members (order ignored, duplicates counted); text is compared after collapsing
/// runs of white space. Absences are keyed name|party|substitute|substituteParty, toc entries title|page. A gold
/// item the prediction lacks loses 6 + 4 × max(1, decisions) fields; an extra predicted item or decision counts as
/// one wrong field. Python value semantics (None, str(), 1 == 1.0) are reproduced where the script relies on them;
/// <c>SeedAccuracyTests.PortAgreesWithScorePy</c> keeps the two from drifting apart.
/// </summary>
public sealed class GoldScorer
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Miss(string Where, double Value, string Detail);

    /// <summary>The running tally of one or more documents (score.py's Tally).</summary>
    public sealed class Tally
    {
        public double Score { get; private set; }
        public int Count { get; private set; }
        public List<Miss> Misses { get; } = [];

        public double Percent => 100 * Score / Math.Max(Count, 1);

        public void Add(string where, double value, string? detail = null)
        {
            Score += value;
            Count++;
            if (value < 0.999 && detail is not null)
                Misses.Add(new Miss(where, value, detail));
        }

        public void Scalar(string where, JsonNode? gold, JsonNode? pred) =>
            Add(where, PyEquals(Norm(gold), Norm(pred)) ? 1.0 : 0.0, Detail(gold, pred));

        public void ListF1(string where, IReadOnlyList<object?> gold, IReadOnlyList<object?> pred) =>
            Add(where, F1(gold, pred), $"[{string.Join(", ", gold.Select(Show))}] / [{string.Join(", ", pred.Select(Show))}]");

        public void Absorb(Tally other)
        {
            Score += other.Score;
            Count += other.Count;
            Misses.AddRange(other.Misses);
        }

        private static string Detail(JsonNode? gold, JsonNode? pred) => $"{Show(gold)} / {Show(pred)}";

        private static string Show(object? value) => value switch
        {
            null => "null",
            JsonNode node => node.ToJsonString(Readable),
            _ => value.ToString() ?? "null",
        };
    }

    public static Tally ScoreDocument(JsonNode gold, JsonNode? pred)
    {
        var tally = new Tally();
        ScoreDocument(gold, pred, tally);
        return tally;
    }

    public static Tally ScoreFiles(string goldPath, string predJson)
    {
        var gold = JsonNode.Parse(File.ReadAllText(goldPath, Encoding.UTF8))!;
        JsonNode? pred;
        try
        {
            pred = JsonNode.Parse(predJson);
        }
        catch (JsonException)
        {
            pred = new JsonObject();
        }
        return ScoreDocument(gold, pred);
    }

    // score_doc(gold, pred, t)
    public static void ScoreDocument(JsonNode gold, JsonNode? pred, Tally t)
    {
        var gm = Get(gold, "meeting") ?? new JsonObject();                  // gold.get("meeting", {})
        var pm = Truthy(Get(pred, "meeting")) ? Get(pred, "meeting") : null; // pred.get("meeting") or {}
        foreach (var k in new[] { "committee", "term", "date", "start", "location" })
            t.Scalar($"meeting.{k}", Get(gm, k), Get(pm, k));
        t.ListF1("meeting.participants", Members(Get(gm, "participants")), Members(Get(pm, "participants")));
        t.ListF1("meeting.absent", AbsentKeys(Get(gm, "absent")), AbsentKeys(Get(pm, "absent")));
        t.ListF1("toc", TocKeys(Get(gold, "toc")), TocKeys(Get(pred, "toc")));

        // pitems.setdefault(str(number), it): the first predicted item with a number wins.
        var pitems = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var it in Elements(Get(pred, "items")))
        {
            var key = PyStr(Get(it, "number"));
            if (pitems.TryAdd(key, it))
                order.Add(key);
        }
        var goldItems = Elements(Get(gold, "items"));
        var gnums = goldItems.Select(it => PyStr(Get(it, "number"))).ToList();
        var extra = order.Where(n => !gnums.Contains(n)).ToList();
        foreach (var _ in extra)
            t.Add("items.extra", 0.0, $"extra item {string.Join(", ", extra)}");

        foreach (var gi in goldItems)
        {
            var n = PyStr(Get(gi, "number"));
            var w = $"item {n}";
            if (!pitems.TryGetValue(n, out var pi) || pi is null)
            {
                var fields = 6 + Math.Max(1, Elements(Get(gi, "decisions")).Count) * 4;
                for (var f = 0; f < fields; f++)
                    t.Add(w, 0.0, $"missing item {Get(gi, "title")?.ToJsonString(Readable)}");
                continue;
            }
            t.Scalar($"{w}.title", Get(gi, "title"), Get(pi, "title"));
            t.ListF1($"{w}.types", Members(Get(gi, "types")), Members(Get(pi, "types")));
            t.Scalar($"{w}.caseNumber", Get(gi, "caseNumber"), Get(pi, "caseNumber"));
            t.ListF1($"{w}.sections", Members(Get(gi, "sections")), Members(Get(pi, "sections")));
            t.ListF1($"{w}.competence", Members(Get(gi, "competence")), Members(Get(pi, "competence")));
            t.ListF1($"{w}.attachments", Members(Get(gi, "attachments")), Members(Get(pi, "attachments")));
            var gd = Elements(Get(gi, "decisions"));
            var pd = Elements(Get(pi, "decisions"));
            for (var k = 0; k < gd.Count; k++)
            {
                var g = gd[k];
                var p = k < pd.Count ? pd[k] : null; // {} when the prediction has fewer decisions
                t.Scalar($"{w}.decision[{k}].body", Get(g, "body"), Get(p, "body"));
                t.Scalar($"{w}.decision[{k}].date", Get(g, "date"), Get(p, "date"));
                t.Scalar($"{w}.decision[{k}].text", Get(g, "text"), Get(p, "text"));
                t.ListF1($"{w}.decision[{k}].absent", AbsentKeys(Get(g, "absent")), AbsentKeys(Get(p, "absent")));
            }
            for (var k = gd.Count; k < pd.Count; k++)
                t.Add($"{w}.decision[{k}]", 0.0, $"extra decision {Get(pd[k], "text")?.ToJsonString(Readable)}");
        }
    }

    // ---- Python semantics -------------------------------------------------------------------------------------

    /// <summary>norm(v): strings with white-space runs collapsed to one space and stripped; anything else as is.</summary>
    public static object? Norm(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Collapse(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new PyNumber(v.GetValue<double>(), RawIsInteger(v)),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Null => null,
        _ => value, // dicts and lists compare structurally
    };

    /// <summary>re.sub(r"\s+", " ", v).strip() with Python's idea of white space.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (IsPythonSpace(c))
            {
                inSpace = true;
                continue;
            }
            if (inSpace && builder.Length > 0)
                builder.Append(' ');
            inSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>str.isspace(): .NET white space plus the information separators U+001C–U+001F.</summary>
    public static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>A JSON number as Python holds it: an int when written without fraction or exponent, else a float.</summary>
    public readonly record struct PyNumber(double Value, bool IsInt);

    private static bool PyEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (string, _) or (_, string) => false,
        (JsonNode x, JsonNode y) => JsonNode.DeepEquals(x, y),
        (JsonNode, _) or (_, JsonNode) => false,
        _ => Numeric(a) == Numeric(b), // int, float and bool compare by value: 1 == 1.0 == True
    };

    private static double Numeric(object value) => value switch
    {
        PyNumber n => n.Value,
        bool b => b ? 1 : 0,
        _ => double.NaN,
    };

    /// <summary>A hashable key with Python's equality for Counter: equal numbers share a key whatever their type.</summary>
    private static string CounterKey(object? value) => value switch
    {
        null => "N",
        string s => "S" + s,
        PyNumber or bool => "D" + Numeric(value).ToString("R", CultureInfo.InvariantCulture),
        JsonNode node => "J" + node.ToJsonString(),
        _ => "?" + value,
    };

    /// <summary>str(v) as Python prints it: None, True/False, ints as digits, floats in repr form.</summary>
    public static string PyStr(object? value) => value switch
    {
        null => "None",
        string s => s,
        bool b => b ? "True" : "False",
        PyNumber { IsInt: true } n => RawInteger(n.Value),
        PyNumber n => FloatRepr(n.Value),
        JsonNode node => node.ToJsonString(), // a dict or list; score.py never keys on one
        _ => value.ToString() ?? "None",
    };

    private static string PyStr(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => PyStr(Norm(node)),
    };

    private static string RawInteger(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string FloatRepr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        if (value == Math.Floor(value) && Math.Abs(value) < 1e16)
            return value.ToString("0", CultureInfo.InvariantCulture) + ".0";
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        if (e < 0)
            return r;
        var exponent = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        return r[..e] + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    private static bool RawIsInteger(JsonValue value)
    {
        var raw = value.ToJsonString();
        return !raw.Contains('.') && !raw.Contains('e') && !raw.Contains('E');
    }

    /// <summary>f1(gold, pred) over Counters of normalised members.</summary>
    public static double F1(IReadOnlyList<object?> gold, IReadOnlyList<object?> pred)
    {
        var g = Count(gold);
        var p = Count(pred);
        if (g.Count == 0 && p.Count == 0)
            return 1.0;
        var tp = g.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
        if (tp == 0)
            return 0.0;
        var prec = (double)tp / p.Values.Sum();
        var rec = (double)tp / g.Values.Sum();
        return 2 * prec * rec / (prec + rec);
    }

    private static Dictionary<string, int> Count(IReadOnlyList<object?> values)
    {
        var counter = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var key = CounterKey(value is JsonNode node ? Norm(node) : value is string s ? Collapse(s) : value);
            counter[key] = counter.GetValueOrDefault(key) + 1;
        }
        return counter;
    }

    /// <summary>absent_key(a): "|".join(str(norm(a.get(k))) for name, party, substitute, substituteParty).</summary>
    public static string AbsentKey(JsonNode? absence) =>
        string.Join("|", new[] { "name", "party", "substitute", "substituteParty" }.Select(k => PyStr(Norm(Get(absence, k)))));

    /// <summary>toc_key(e): f"{norm(title)}|{page}".</summary>
    public static string TocKey(JsonNode? entry) => $"{PyStr(Norm(Get(entry, "title")))}|{PyStr(Get(entry, "page"))}";

    private static List<object?> AbsentKeys(JsonNode? list) => Elements(list).Select(a => (object?)AbsentKey(a)).ToList();

    private static List<object?> TocKeys(JsonNode? list) => Elements(list).Select(e => (object?)TocKey(e)).ToList();

    private static List<object?> Members(JsonNode? list) => Elements(list).Select(e => (object?)e).ToList();

    /// <summary>`x or []`: a missing, null or empty list is no members.</summary>
    private static List<JsonNode?> Elements(JsonNode? list) => list is JsonArray array ? array.ToList() : [];

    /// <summary>d.get(key): null when the node is not an object or lacks the key.</summary>
    private static JsonNode? Get(JsonNode? node, string key) => node is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v : null;

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        _ => true,
    };
}
