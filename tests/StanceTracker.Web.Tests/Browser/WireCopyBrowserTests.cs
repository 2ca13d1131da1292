using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// A quote ten outlets carried is one statement "reported by 10 outlets", in the matrix cell's drawer and on the
/// statements page, with its nine further reports listed (an address only as an http(s) link). Served by Kestrel on
/// <see cref="WireCopyWorld"/>, read in Chromium.
/// </summary>
public sealed class WireCopyBrowserTests(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    private async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        WireCopyWorld.Seed(_factory.Database);
        return (playwright, browser);
    }

    // The nine further reports: outlet 2 to 10, outlet 4 without an address and outlet 7 with a javascript: one.
    private static async Task AssertFurtherReportsAsync(ILocator reach)
    {
        await Assertions.Expect(reach.Locator("summary")).ToHaveTextAsync("reported by 10 outlets");
        var reports = reach.GetByTestId("statement-report");
        await Assertions.Expect(reports).ToHaveCountAsync(9);
        await reach.Locator("summary").ClickAsync();
        await Assertions.Expect(reports.First).ToBeVisibleAsync();
        var outlets = (await reports.Locator(".source-link").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, 9).Select(WireCopyWorld.Outlet).Order(StringComparer.Ordinal), outlets);
        var links = reach.Locator("a");
        await Assertions.Expect(links).ToHaveCountAsync(7);
        foreach (var href in await links.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
        {
            Assert.StartsWith("https://outlet", href, StringComparison.Ordinal);
        }
        await Assertions.Expect(reports.Filter(new LocatorFilterOptions { HasTextString = WireCopyWorld.Outlet(6) }).Locator("a")).ToHaveCountAsync(0);
        await Assertions.Expect(reports.Filter(new LocatorFilterOptions { HasTextString = WireCopyWorld.Outlet(3) }).Locator("a")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_cell_drawer_says_a_wire_copy_was_reported_by_ten_outlets_and_lists_the_further_reports()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });

        await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-02-20"));
        await page.Locator($"td[data-country='POL'][data-topic='{WireCopyWorld.Troops}'] button").ClickAsync();
        var winner = page.GetByTestId("cell-winner");
        await Assertions.Expect(winner).ToContainTextAsync("Poland will not send its soldiers");
        // One statement behind the cell, not ten.
        await Assertions.Expect(page.GetByTestId("statement-reach")).ToHaveCountAsync(1);
        await AssertFurtherReportsAsync(winner.GetByTestId("statement-reach"));
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-drawer-wire-copy-1440") });
        await Axe.AssertNoViolationsAsync(page, "cell drawer with a wire copy at 1440px", output);
    }

    [Theory]
    [InlineData(1440, 1000)]
    [InlineData(390, 844)]
    public async Task The_statements_page_lists_the_quote_once_reported_by_ten_outlets(int width, int height)
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

        await page.GotoInteractiveAsync(Url("/statements"));
        await Assertions.Expect(page.GetByTestId("statement-text")).ToHaveCountAsync(1);
        await AssertFurtherReportsAsync(page.GetByTestId("statement-reach"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"statements-wire-copy-{width}"), FullPage = true });
        await Axe.AssertNoViolationsAsync(page, $"statements page with a wire copy at {width}px", output);
    }
}
