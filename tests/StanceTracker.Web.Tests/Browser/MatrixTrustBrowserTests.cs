using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// The matrix must be trustworthy at a glance: it opens where the data is, and a stale, low-confidence, reviewed or
/// former-office-holder cell looks like what it is. Served by Kestrel on <see cref="TrustWorld"/>, read in Chromium.
/// </summary>
public sealed partial class MatrixTrustBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private static ILocator Cell(IPage page, string country) =>
        page.Locator($"td[data-country='{country}'][data-topic='{TrustWorld.Troops}']");

    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string path, int width = 1440, int height = 1000)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        TrustWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, path).ToString());
        return (playwright, browser, page);
    }

    [Fact]
    public async Task Opens_on_the_latest_date_with_data_and_shows_an_old_position_faded_with_its_age()
    {
        var (playwright, browser, page) = await OpenAsync("/");
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator("#matrix-title")).ToHaveTextAsync("Where governments stand as of 30 June 2025");
        await Assertions.Expect(page.GetByTestId("matrix-default-date")).ToContainTextAsync("The latest date with statements");
        await Assertions.Expect(page.GetByTestId("slider-range")).ToContainTextAsync("Mar 2023 to");

        // Hungary said nothing in the year up to the date: its last known position, not a blank.
        var hungary = Cell(page, "HUN");
        await Assertions.Expect(hungary).ToHaveAttributeAsync("data-stale", "true");
        await Assertions.Expect(hungary.GetByTestId("cell-age")).ToHaveTextAsync("2 y");
        var opacity = await hungary.Locator(".stance").EvaluateAsync<string>("e => getComputedStyle(e).opacity");
        Assert.True(double.Parse(opacity, System.Globalization.CultureInfo.InvariantCulture) < 0.6, $"stale badge opacity {opacity}");
        await Assertions.Expect(hungary.Locator(".stance")).ToHaveClassAsync(new Regex("stance-oppose"));
        await Assertions.Expect(Cell(page, "POL")).Not.ToHaveAttributeAsync("data-stale", "true");

        await hungary.Locator("button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("cell-rule")).ToContainTextAsync("Last known position, not a current one");
        await Assertions.Expect(page.GetByTestId("cell-winner")).ToContainTextAsync("Viktor Orbán");
    }

    [Fact]
    public async Task Low_confidence_and_reviewed_cells_are_marked_and_low_confidence_ones_can_be_hidden()
    {
        var (playwright, browser, page) = await OpenAsync("/matrix");
        using var _ = playwright;
        await using var __ = browser;

        var italy = Cell(page, "ITA");
        await Assertions.Expect(italy).ToHaveAttributeAsync("data-low-confidence", "true");
        var hatching = await italy.Locator(".stance").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.Contains("repeating-linear-gradient", hatching, StringComparison.Ordinal);
        var plain = await Cell(page, "DEU").Locator(".stance").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.Equal("none", plain);
        await Assertions.Expect(italy.Locator("button")).ToHaveAttributeAsync("aria-label", new Regex("low confidence"));
        await Assertions.Expect(Cell(page, "POL").Locator(".reviewed-corner")).ToBeVisibleAsync();
        await Assertions.Expect(Cell(page, "POL")).Not.ToHaveAttributeAsync("data-low-confidence", "true");
        await Assertions.Expect(italy.Locator(".reviewed-corner")).ToHaveCountAsync(0);

        await page.GetByLabel(new Regex("Hide low-confidence cells")).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("hideLowConfidence=true"));
        await Assertions.Expect(italy).ToHaveAttributeAsync("data-hidden", "true");
        await Assertions.Expect(italy.Locator(".stance")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("hidden-count")).ToContainTextAsync("1 low-confidence cell is hidden");
        await Assertions.Expect(Cell(page, "POL").Locator(".stance")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-hide-low-confidence-1440") });
    }

    [Fact]
    public async Task A_speaker_who_has_left_office_is_marked_in_the_cell_and_the_side_panel()
    {
        var (playwright, browser, page) = await OpenAsync("/matrix?asOf=2025-03-01");
        using var _ = playwright;
        await using var __ = browser;

        // While Scholz was chancellor, no mark.
        await Assertions.Expect(Cell(page, "DEU").Locator(".stance")).ToBeVisibleAsync();
        await Assertions.Expect(Cell(page, "DEU").Locator(".former-mark")).ToHaveCountAsync(0);

        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/matrix?asOf=2025-12-06").ToString());
        var germany = Cell(page, "DEU");
        await Assertions.Expect(germany).ToHaveAttributeAsync("data-left-office", "true");
        await Assertions.Expect(germany.Locator(".former-mark")).ToHaveTextAsync("ex");
        await Assertions.Expect(germany.Locator("button")).ToHaveAttributeAsync("aria-label", new Regex("left office on 2025-05-06"));

        await germany.Locator("button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("cell-left-office")).ToContainTextAsync("Olaf Scholz left office on 6 May 2025, 7 months before this date");
        await Assertions.Expect(page.GetByTestId("cell-winner").GetByTestId("left-office")).ToHaveTextAsync("left office 6 May 2025");
        // The drawer slides in over 225 ms: a screenshot taken sooner shows it half off the screen.
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-drawer-left-office-1440") });
    }

    [Theory]
    [InlineData(1440, 1000)]
    [InlineData(390, 844)]
    public async Task Screenshots_of_the_matrix(int width, int height)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        TrustWorld.Seed(_factory.Database);
        SampleWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/").ToString());
        await Assertions.Expect(page.GetByTestId("stance-matrix")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"matrix-{width}"), FullPage = true });
    }
}
