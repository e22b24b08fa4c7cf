using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Referat.Web.Pages;

/// <summary>A portal page: its title and its breadcrumbs (the layout shows both).</summary>
public abstract class PortalPage : PageModel
{
    public string Title { get; protected set; } = "";

    /// <summary>From the front page down; the last one is the page itself (no link).</summary>
    public List<(string Text, string? Href)> Crumbs { get; } = [("Forside", "/")];

    protected void Crumb(string text, string? href = null) => Crumbs.Add((text, href));
}
