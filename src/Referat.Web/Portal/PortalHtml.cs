using System.Net;
using Microsoft.AspNetCore.Html;

namespace Referat.Web.Portal;

/// <summary>Small pieces of markup built in code; every text is encoded.</summary>
public static class PortalHtml
{
    /// <summary>A person's name, linked to the person page when the archive knows the name, with the party letter.</summary>
    public static IHtmlContent Person(string name, string? party, IReadOnlyDictionary<string, long> people)
    {
        var text = WebUtility.HtmlEncode(name);
        var html = people.TryGetValue(name, out var id) ? $"<a href=\"{Links.Person(id)}\">{text}</a>" : text;
        if (!string.IsNullOrEmpty(party))
            html += $" ({WebUtility.HtmlEncode(party)})";
        return new HtmlString(html);
    }
}
