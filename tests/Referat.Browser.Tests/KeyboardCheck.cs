using System.Text.Json;
using Microsoft.Playwright;

namespace Referat.Browser.Tests;

/// <summary>
/// Keyboard use of a page: Tab through it; every element reached shows a focus indicator (an outline or a box-shadow);
/// when the page has navigation, the first element reached is a visible skip link to the main content.
/// </summary>
public static class KeyboardCheck
{
    /// <summary>The elements reached with Tab (in order) and what is wrong; a screenshot of the first focus when a path is given.</summary>
    public static async Task<(IReadOnlyList<FocusState> Focused, IReadOnlyList<string> Problems)> RunAsync(IPage page, string? screenshot = null)
    {
        var focused = new List<FocusState>();
        var problems = new List<string>();
        // Let the page settle first (two frames): after a redirect to "#punkt-n" the browser moves its focus starting
        // point to the fragment's target, and a Tab pressed before that lands nowhere.
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
        for (var i = 0; i < 100; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = JsonSerializer.Deserialize<FocusState?>(await page.EvaluateAsync<string>(FocusStateScript), Json);
            if (state is null || focused.Any(f => f.Path == state.Path))
                break;
            focused.Add(state);
            if (i == 0 && screenshot is not null)
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        }
        if (focused.Count == 0)
            problems.Add("Tab reaches no element (a page should at least link back to the front page)");
        foreach (var f in focused.Where(f => !f.HasIndicator))
            problems.Add($"no visible focus indicator on {f}");

        // A URL with a fragment (an item permalink lands on "#punkt-3") moves the browser's focus starting point to that
        // target, so Tab continues from there, as it should: the skip link is checked on pages opened at their top.
        var openedAtFragment = new Uri(page.Url).Fragment.Length > 1;
        if (focused.Count > 0 && !openedAtFragment && await page.Locator("nav, [role=navigation]").CountAsync() > 0)
        {
            var first = focused[0];
            if (!(first.Tag == "A" && first.Href.StartsWith('#') && first.Href.Length > 1))
                problems.Add($"the page has navigation, but the first element reached with Tab is not a skip link: {first}");
            else
            {
                if (!first.OnScreen)
                    problems.Add($"the skip link is not visible while focused: {first}");
                var leadsToMain = await page.EvaluateAsync<bool>(
                    "id => { const t = document.getElementById(id); return !!t && (t.tagName === 'MAIN' || !!t.closest('main') || !!t.querySelector('main')); }",
                    first.Href[1..]);
                if (!leadsToMain)
                    problems.Add($"the skip link {first.Href} does not lead to the main content");
            }
        }
        return (focused, problems);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record FocusState(string Path, string Tag, string Href, string Text, bool HasIndicator, bool OnScreen, string Outline, string BoxShadow)
    {
        public override string ToString() => $"<{Tag.ToLowerInvariant()}> {Path} \"{Text}\" href={Href} outline={Outline} box-shadow={BoxShadow}";
    }

    /// <summary>The focused element (null when focus is on the body): where it is, and whether its focus shows.</summary>
    internal const string FocusStateScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return 'null';
          const path = []; for (let n = e; n && n.nodeType === 1; n = n.parentElement) path.unshift(n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + ':' + Array.prototype.indexOf.call(n.parentElement ? n.parentElement.children : [n], n));
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const r = e.getBoundingClientRect();
          return JSON.stringify({
            path: path.join('>'), tag: e.tagName, href: e.getAttribute('href') || '', text: (e.innerText || e.value || '').trim().slice(0, 60),
            hasIndicator: outline || !!shadow,
            onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow,
          });
        }
        """;
}
