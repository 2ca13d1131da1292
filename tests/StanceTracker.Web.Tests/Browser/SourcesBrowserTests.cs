using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>Every quote links to its source where it has an address, and a team-written demo article says that it is one.</summary>
public sealed class SourcesBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    private async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        ChangesWorld.Seed(_factory.Database);
        return (playwright, browser);
    }

    private static async Task<IPage> PageAsync(IBrowser browser, int width) =>
        await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });

    [Fact]
    public async Task Every_quote_links_its_source_or_says_it_is_a_team_written_summary()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;

        foreach (var width in new[] { 1440, 390 })
        {
            var page = await PageAsync(browser, width);
            await page.GotoInteractiveAsync(Url("/statements?sort=-date"));
            var tusk = page.Locator("tr", new PageLocatorOptions { HasText = "must stay until the war ends" });
            await Assertions.Expect(tusk.Locator("a.source-record")).ToHaveAttributeAsync("href", ChangesWorld.RecordUrl);
            await Assertions.Expect(tusk).ToContainTextAsync("team-written summary · record at records.example.test");
            var sikorski = page.Locator("tr", new PageLocatorOptions { HasText = "never alone" });
            await Assertions.Expect(sikorski).ToContainTextAsync("team-written summary");
            await Assertions.Expect(sikorski.Locator("a.source-link, a.source-record")).ToHaveCountAsync(0);
            var macron = page.Locator("tr", new PageLocatorOptions { HasText = "ready to deploy troops" });
            await Assertions.Expect(macron.Locator("a.source-link")).ToHaveAttributeAsync("href", "https://example.test/macron-ready");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"sources-statements-{width}"), FullPage = true });

            // The matrix cell's panel says the same of the same quote.
            await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-03-06&country=POL&topic=troops-in-ukraine"));
            var panel = page.GetByTestId("cell-panel");
            await Assertions.Expect(panel).ToContainTextAsync("team-written summary");
            await page.WaitForTimeoutAsync(800);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"sources-matrix-panel-{width}"), FullPage = false });
            await page.CloseAsync();
        }
    }
}
