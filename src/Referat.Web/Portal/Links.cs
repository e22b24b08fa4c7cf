using Referat.Domain;
namespace Referat.Web.Portal;

/// <summary>The portal's URLs (the OParl API's <c>web</c> links point at the same ones).</summary>
public static class Links
{
    public static string Meeting(long id) => $"/moeder/{id}";
    public static string MeetingPdf(long id) => $"/moeder/{id}/referat.pdf";

    /// <summary>The minutes as one HTML document (a download) or as plain text.</summary>
    public static string MeetingDocument(long id, string extension) => $"/moeder/{id}/referat.{extension}";
    public static string ItemAnchor(string number) => "punkt-" + number;

    /// <summary>An item's anchor; an item the minutes print without a number is anchored by its place.</summary>
    public static string ItemAnchor(AgendaItem item) => item.Number.Length > 0 ? ItemAnchor(item.Number) : "nr-" + item.Order;
    public static string Item(long meetingId, string number) => $"/moeder/{meetingId}#{ItemAnchor(number)}";
    public static string AttachmentAnchor(string number, int k) => $"punkt-{number}-bilag-{k}";
    public static string Case(string reference) => "/sager/" + Uri.EscapeDataString(reference);
    public static string Person(long id) => $"/personer/{id}";
    public static string Committee(long id) => $"/udvalg/{id}";
    public static string File(long id) => $"/bilag/{id}";
    public static string Month(int year, int month) => $"/kalender?maaned={year:0000}-{month:00}";
}
