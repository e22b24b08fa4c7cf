using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Referat.Web.OParl;

/// <summary>JSON as OParl wants it: UTF-8 without BOM, no null values, timestamps <c>yyyy-mm-ddThh:mm:ss±hh:mm</c>.</summary>
public static class OParlJson
{
    public const string ContentType = "application/json; charset=utf-8";
    public const string SchemaBase = "https://schema.oparl.org/1.1/";
    public const string ErrorType = SchemaBase + "Error";

    /// <summary>Danish letters and "+" as themselves: only what JSON itself requires is escaped (spec 2-04: no HTML escaping).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly TimeZoneInfo Copenhagen = FindCopenhagen();

    public static string Type(string name) => SchemaBase + name;

    public static string DateTime(DateTime utc) =>
        new DateTimeOffset(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A local Danish date and time (as the minutes print it) with its offset that day.</summary>
    public static string LocalDateTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = Copenhagen.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static IResult Result(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(Options), ContentType, new UTF8Encoding(false), status);

    public static JsonObject Error(string message) => new() { ["type"] = ErrorType, ["message"] = message };

    public static Task WriteAsync(HttpContext context, JsonNode node, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return context.Response.WriteAsync(node.ToJsonString(Options), new UTF8Encoding(false));
    }

    private static TimeZoneInfo FindCopenhagen()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tz data: CET/CEST by the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC).
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(System.DateTime.MinValue.Date, System.DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new System.DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new System.DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Copenhagen", TimeSpan.FromHours(1), "Europe/Copenhagen", "CET", "CEST", [rule]);
        }
    }
}
