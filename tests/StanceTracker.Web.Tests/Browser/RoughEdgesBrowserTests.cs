using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>The rough edges an analyst met first: a cramped quote column, a phone-width matrix, bad dates, the 404 page.</summary>
public sealed class RoughEdgesBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        TrustWorld.Seed(_factory.Database);
        SampleWorld.Seed(_factory.Database);
        return (playwright, browser);
    }

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    [Fact]
    public async Task The_statements_quote_column_is_wide_enough_to_read_at_1440_px()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        await page.GotoInteractiveAsync(Url("/statements"));

        var quote = page.Locator("td.statement-col").First;
        await Assertions.Expect(quote).ToBeVisibleAsync();
        var box = await quote.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 340, $"the quote column is {box.Width:0} px wide");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("statements-1440") });
    }

    [Fact]
    public async Task At_390_px_most_topic_columns_fit_and_the_tagline_does_not_run_over_the_title()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoInteractiveAsync(Url("/matrix"));
        await Assertions.Expect(page.GetByTestId("stance-matrix")).ToBeVisibleAsync();

        var topics = page.Locator("th.topic");
        var fitting = 0;
        for (var i = 0; i < await topics.CountAsync(); i++)
        {
            var box = await topics.Nth(i).BoundingBoxAsync();
            if (box is not null && box.X + box.Width <= 390)
            {
                fitting++;
            }
        }
        Assert.True(fitting >= 10, $"{fitting} of {await topics.CountAsync()} topic columns fit in 390 px");

        var tagline = page.GetByTestId("tagline");
        if (await tagline.IsVisibleAsync())
        {
            var title = await page.Locator(".mud-appbar").GetByText("StanceTracker", new LocatorGetByTextOptions { Exact = true }).BoundingBoxAsync();
            var line = await tagline.BoundingBoxAsync();
            Assert.True(title!.X + title.Width <= line!.X, "the tagline overlaps the title");
        }
        // The drawer stays out of the way on a phone: the matrix is what shows.
        var matrix = await page.GetByTestId("stance-matrix").BoundingBoxAsync();
        Assert.True(matrix!.X < 60, $"the matrix starts at x = {matrix.X:0}");
    }

    [Fact]
    public async Task A_bad_date_in_the_address_is_named_on_the_page()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();

        await page.GotoInteractiveAsync(Url("/leaders/donald-tusk?asOf=2025-02-30"));
        await Assertions.Expect(page.GetByTestId("leader-address-error")).ToContainTextAsync("asOf '2025-02-30' is not a date in the form YYYY-MM-DD");

        await page.GotoInteractiveAsync(Url("/matrix?asOf=soon"));
        await Assertions.Expect(page.GetByTestId("matrix-address-error")).ToContainTextAsync("asOf 'soon' is not a date");
        await Assertions.Expect(page.GetByTestId("matrix-address-error")).ToContainTextAsync("Showing 2025-06-30, the latest date with statements,");
    }

    [Fact]
    public async Task The_404_page_names_the_address_and_offers_the_pages()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });

        var response = await page.GotoInteractiveAsync(Url("/matrx?asOf=2025-01-01"));
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByTestId("not-found")).ToContainTextAsync("No page at /matrx");
        await Assertions.Expect(page.GetByTestId("not-found-links").GetByText(new Regex("^Stance matrix"))).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("not-found-1440") });

        await page.GetByTestId("not-found-links").GetByText(new Regex("^Stance matrix")).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/matrix$"));
        await Assertions.Expect(page.GetByTestId("stance-matrix")).ToBeVisibleAsync();
    }
}
