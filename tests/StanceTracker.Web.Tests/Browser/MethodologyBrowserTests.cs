using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>The methodology page shows the rules and figures the dashboard runs on, read from where they live.</summary>
public sealed class MethodologyBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Codebook_rules_model_and_measured_accuracy_are_shown()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        SampleWorld.Seed(_factory.Database);
        var topics = _factory.Services.GetRequiredService<ITopicStore>().All();
        // The README is the figures' one home: the test reads it too instead of repeating its numbers.
        var readme = File.ReadAllLines(Path.Combine(Data.ProjectPaths.RepositoryRoot!, "README.md"));
        var figures = MeasuredFigures.Parse(string.Join("\n", readme), "README.md")!;

        foreach (var width in new[] { 1440, 390 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/methodology").ToString());

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Methodology");
            var topicRows = page.GetByTestId("method-topics").Locator("tbody tr");
            await Assertions.Expect(topicRows).ToHaveCountAsync(topics.Count);
            var troops = topics.Single(t => t.Id == SampleWorld.Troops);
            await Assertions.Expect(page.Locator($"[data-topic='{troops.Id}']")).ToContainTextAsync(troops.Proposition);
            await Assertions.Expect(page.GetByTestId("method-stances").Locator("tbody tr")).ToHaveCountAsync(Enum.GetValues<Stance>().Length);

            await Assertions.Expect(page.GetByTestId("method-seniority").Locator("li").First).ToContainTextAsync("head of state, head of government");
            await Assertions.Expect(page.GetByTestId("method-window")).ToContainTextAsync($"for {PositionRules.Default.WindowDays} days");
            await Assertions.Expect(page.GetByTestId("method-shift-confidence")).ToHaveTextAsync(PositionRules.Default.ShiftConfidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            var grades = page.GetByTestId("method-shift-grades");
            foreach (var from in Enum.GetValues<Stance>())
            {
                foreach (var to in Enum.GetValues<Stance>().Where(t => t != from))
                {
                    await Assertions.Expect(grades.Locator($"td[data-from='{from.ToId()}'][data-to='{to.ToId()}']"))
                        .ToHaveTextAsync(Shift.Classify(from, to).ToString().ToLowerInvariant());
                }
            }

            // The sample world's positions were all decided by the model version "test".
            await Assertions.Expect(page.GetByTestId("method-model-versions")).ToContainTextAsync("test");
            var shown = page.GetByTestId("method-figures");
            // Read apart from the parser the page uses, so a parser that drops or garbles a row fails here.
            foreach (var what in new[] { "| positions on dev-open", "| classifier on the held-out file" })
            {
                var line = readme.Single(l => l.StartsWith(what, StringComparison.Ordinal));
                var figure = line.TrimEnd(' ', '|').Split(" | ")[^1].Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
                await Assertions.Expect(shown).ToContainTextAsync(figure);
            }
            foreach (var row in figures.Rows.Where(r => r.What.StartsWith("positions on dev-open", StringComparison.Ordinal) || r.What.StartsWith("classifier on", StringComparison.Ordinal)))
            {
                await Assertions.Expect(shown).ToContainTextAsync(row.Figure);
            }
            await Assertions.Expect(shown.Locator("tbody tr")).ToHaveCountAsync(figures.Rows.Count(StanceTracker.Web.Components.Pages.Methodology.MethodologyPage.IsAccuracy));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"methodology-{width}"), FullPage = true });
            await page.CloseAsync();
        }
    }
}
