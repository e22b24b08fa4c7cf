using System.Text.Json;

namespace Referat.Domain;

/// <summary>
/// Replaces the values that must not be published with their kind's placeholder ("[CPR-nummer skjult]"), wherever they
/// stand: in a text, or inside a value kept as the model's JSON (section blocks, tables of contents). Longer values
/// first, so that a sentence redacted as a whole is not half-replaced by a number in it.
/// </summary>
public sealed class Redactor
{
    private readonly (string Value, string Placeholder)[] _plain;
    private readonly (string Value, string Placeholder)[] _json;

    public Redactor(IEnumerable<(string Value, PersonalDataKind Kind)> values)
    {
        _plain = values.Where(v => v.Value.Length > 0).DistinctBy(v => v.Value, StringComparer.Ordinal)
            .OrderByDescending(v => v.Value.Length).Select(v => (v.Value, v.Kind.Placeholder())).ToArray();
        _json = _plain.Select(v => (Json(v.Value), Json(v.Placeholder))).ToArray();
    }

    public static Redactor None { get; } = new([]);

    public bool IsEmpty => _plain.Length == 0;

    public string Redact(string text) => Replace(text, _plain);

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    /// <summary>The value with every redacted text in it replaced, through the model's JSON (records are immutable).</summary>
    public T RedactModel<T>(T value)
    {
        if (IsEmpty || value is null)
            return value;
        var json = ModelJson.SerializeCompact(value);
        var redacted = Replace(json, _json);
        return ReferenceEquals(redacted, json) ? value : ModelJson.Deserialize<T>(redacted);
    }

    private static string Replace(string text, (string Value, string Placeholder)[] values)
    {
        if (text.Length == 0)
            return text;
        var result = text;
        foreach (var (value, placeholder) in values)
            if (result.Contains(value, StringComparison.Ordinal))
                result = result.Replace(value, placeholder, StringComparison.Ordinal);
        return result;
    }

    /// <summary>How the text stands inside a JSON string of the model's own encoding.</summary>
    private static string Json(string text) => JsonSerializer.Serialize(text, ModelJson.CompactOptions)[1..^1];
}
