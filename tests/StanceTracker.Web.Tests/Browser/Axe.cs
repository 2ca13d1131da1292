using System.Text.Json;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>One axe-core rule broken on a page, with the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool Blocking => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help} [{string.Join(" | ", Targets)}]";
}

/// <summary>
/// axe-core from the npm package in tests/a11y (<c>npm ci</c> there; .ci/run does it), loaded into the page under test.
/// Nothing is vendored: where node_modules is missing the test skips and says how to get it.
/// </summary>
internal static class Axe
{
    public static string? ScriptPath
    {
        get
        {
            var root = StanceTracker.Data.ProjectPaths.RepositoryRoot;
            var path = root is null ? null : Path.Combine(root, "tests", "a11y", "node_modules", "axe-core", "axe.min.js");
            return path is not null && File.Exists(path) ? path : null;
        }
    }

    /// <summary>Skips the calling test when axe-core is not installed.</summary>
    public static string RequireScript()
    {
        if (ScriptPath is { } path)
        {
            return path;
        }
        Assert.Skip("axe-core is not installed: run `npm ci` in tests/a11y (needs node and npm; .ci/run does it)");
        return "";
    }

    /// <summary>Runs every WCAG 2.x A/AA rule axe has on the page as it stands and returns the violations.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        var script = RequireScript();
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
        }
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                resultTypes: ['violations'],
              });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact || 'unknown', help: v.help,
                targets: v.nodes.slice(0, 6).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 240)),
              }));
            }
            """);
        return json.EnumerateArray()
            .Select(v => new AxeViolation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }

    /// <summary>Fails with every violation named, serious or critical ones first.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string where, ITestOutputHelper? output = null)
    {
        var violations = await RunAsync(page);
        output?.WriteLine($"{where}: {violations.Count(v => v.Blocking)} serious or critical, {violations.Count(v => !v.Blocking)} other violation(s)");
        Assert.True(violations.Count == 0, $"{where}: axe found {violations.Count} violation(s):\n" + string.Join("\n", violations.OrderBy(v => !v.Blocking)));
    }
}
