using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Referat.Domain;

/// <summary>
/// The domain model as JSON: what <c>parse --model</c> prints and <c>export --format model</c> writes, one shape for
/// both. camelCase properties, enums as camelCase names, dates ISO 8601, a case number with its KLE parts, nulls left out.
/// Reads back what it writes: <c>Deserialize(Serialize(m)) == m</c>.
/// </summary>
public static class ModelJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same without indentation: for storage.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
                new ValueListConverterFactory(),
                new CaseNumberConverter(),
                new LegislativeTermConverter(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string SerializeCompact<T>(T value) => JsonSerializer.Serialize(value, CompactOptions);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("the JSON holds null");

    private sealed class ValueListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (JsonSerializer.Deserialize<T[]>(ref reader, options) ?? []).ToValueList();

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
                JsonSerializer.Serialize(writer, item, options);
            writer.WriteEndArray();
        }
    }

    /// <summary>{"text": "00.01.00-A30-10-25", "kle": {"subject": "00.01.00", "facet": "A30", "serial": 10, "year": 2025}}.</summary>
    private sealed class CaseNumberConverter : JsonConverter<CaseNumber>
    {
        public override CaseNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var text = document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()
                : document.RootElement.TryGetProperty("text", out var t) ? t.GetString() : null;
            return CaseNumber.From(text) ?? throw new JsonException($"\"{text}\" is not a case number");
        }

        public override void Write(Utf8JsonWriter writer, CaseNumber value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("text", value.Text);
            if (value.Kle is { } kle)
            {
                writer.WriteStartObject("kle");
                writer.WriteString("subject", kle.Subject);
                writer.WriteString("facet", kle.Facet);
                writer.WriteNumber("serial", kle.Serial);
                writer.WriteNumber("year", kle.Year);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
    }

    /// <summary>"2026-2029".</summary>
    private sealed class LegislativeTermConverter : JsonConverter<LegislativeTerm>
    {
        public override LegislativeTerm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LegislativeTerm.TryParse(reader.GetString() ?? "", out var term) ? term : throw new JsonException("not a legislative term");

        public override void Write(Utf8JsonWriter writer, LegislativeTerm value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
