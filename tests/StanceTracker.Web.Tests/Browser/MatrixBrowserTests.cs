using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>The dashboard in a real browser, served by Kestrel on a temporary database.</summary>
public sealed class MatrixBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Matrix_shows_stances_and_follows_the_date_in_the_address()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        SampleData.Seed(_factory.Database);

        var page = await browser.NewPageAsync();
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/matrix?asOf=2025-03-01").ToString());
        var cell = page.Locator("td[data-country='POL'][data-topic='troops-in-ukraine'] .stance");
        await Assertions.Expect(cell).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("stance-oppose"));
        await Assertions.Expect(cell).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("Donald Tusk, 2025-02-12"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix"), FullPage = true });

        // Before Starmer spoke, the British cell is empty; before anyone spoke, the page says there is nothing yet.
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/matrix?asOf=2025-02-11").ToString());
        await Assertions.Expect(page.Locator("td[data-country='GBR']")).ToHaveCountAsync(0);
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/matrix?asOf=2020-01-01").ToString());
        await Assertions.Expect(page.GetByTestId("matrix-empty")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-empty"), FullPage = true });
    }
}
