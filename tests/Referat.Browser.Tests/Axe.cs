using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Referat.Browser.Tests;

/// <summary>
/// axe-core (npm package axe-core, installed by <c>./test</c> with <c>npm ci</c> into this project's node_modules)
/// run in the page against WCAG 2.1 A and AA.
/// </summary>
public static class Axe
{
    public const string ScriptVariable = "REFERAT_AXE_JS";
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ScriptPath));

    /// <summary><c>$REFERAT_AXE_JS</c>, else tests/Referat.Browser.Tests/node_modules/axe-core/axe.min.js.</summary>
    public static string ScriptPath
    {
        get
        {
            if (Environment.GetEnvironmentVariable(ScriptVariable) is { Length: > 0 } configured)
                return configured;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Referat.sln")))
                {
                    var path = Path.Combine(dir.FullName, "tests", "Referat.Browser.Tests", "node_modules", "axe-core", "axe.min.js");
                    return File.Exists(path) ? path : throw new InvalidOperationException(
                        $"{path} is missing: run `npm ci` in tests/Referat.Browser.Tests (./test does it) or set {ScriptVariable}");
                }
            throw new InvalidOperationException("Referat.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public sealed record Violation(string Id, string Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets);

    /// <summary>Injects axe (once per document) and returns the WCAG 2.1 AA violations of the page as it is now.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline scripts) does
        // not apply to: the page is tested with its real CSP in force.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(Source.Value + "\n;undefined");
        var json = await page.EvaluateAsync<string>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : '')),
              })));
            }
            """, WcagTags);
        return JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Fails with one readable block per violation: rule id, impact, help, and each offending element.</summary>
    public static async Task AssertNoAxeViolations(IPage page)
    {
        var violations = await RunAsync(page);
        if (violations.Count == 0)
            return;
        var text = new StringBuilder($"{page.Url}: {violations.Count} axe violation(s) of WCAG 2.1 AA:\n");
        foreach (var v in violations)
        {
            text.Append($"- {v.Id} [{v.Impact}] {v.Help} ({v.HelpUrl})\n");
            foreach (var target in v.Targets)
                text.Append($"    {target}\n");
        }
        Assert.Fail(text.ToString());
    }
}
