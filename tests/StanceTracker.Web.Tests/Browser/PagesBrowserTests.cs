using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>Matrix, leaders and timeline in a real browser, on the sample world.</summary>
public sealed class PagesBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        SampleWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        return (playwright, browser, page);
    }

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    private static Task<byte[]> ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath(name), FullPage = true });

    [Fact]
    public async Task Matrix_moves_with_the_slider_and_a_cell_opens_its_quotes()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-03-01"));
        var poland = page.Locator("td[data-country='POL'][data-topic='troops-in-ukraine']");
        await Assertions.Expect(poland.Locator(".stance")).ToHaveClassAsync(new Regex("stance-oppose"));
        await Assertions.Expect(poland).ToHaveAttributeAsync("data-disagreement", "true");
        await Assertions.Expect(page.Locator("th.country", new PageLocatorOptions { HasText = "Poland" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "matrix-world");

        // The slider, a month back with the keyboard: the address follows once it rests (debounced).
        var slider = page.Locator("[data-testid=as-of-slider] input[type=range]");
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.WaitForURLAsync(new Regex("asOf=2025-02-28"));
        await Assertions.Expect(page.Locator("#matrix-title")).ToContainTextAsync("28 February 2025");

        // Before Sikorski spoke, Tusk is the only Polish speaker.
        await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-02-15"));
        await Assertions.Expect(poland).Not.ToHaveAttributeAsync("data-disagreement", "true");

        await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-03-01"));
        await poland.Locator("button").ClickAsync();
        var panel = page.GetByTestId("cell-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByTestId("cell-winner")).ToContainTextAsync("ruled out sending Polish troops");
        await Assertions.Expect(panel.GetByTestId("cell-rule")).ToContainTextAsync("Most senior speaker: the head of government (Donald Tusk) outranks the foreign minister");
        await Assertions.Expect(panel).ToContainTextAsync("Sikorski");
        await page.WaitForURLAsync(new Regex("country=POL&topic=troops-in-ukraine"));
        // The drawer slides in; a screenshot mid-slide would show it cut off.
        await page.WaitForTimeoutAsync(800);
        await ScreenshotAsync(page, "matrix-cell-panel");

        await page.GotoInteractiveAsync(Url("/matrix?asOf=2025-03-01&region=G7"));
        await Assertions.Expect(page.Locator("th.country", new PageLocatorOptions { HasText = "Poland" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("th.country", new PageLocatorOptions { HasText = "Japan" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "matrix-g7");
    }

    [Fact]
    public async Task Leaders_filter_by_name_and_open_a_leader()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoInteractiveAsync(Url("/leaders"));
        await Assertions.Expect(page.Locator("a.leader-link")).ToHaveCountAsync(4);
        await ScreenshotAsync(page, "leaders");

        await page.GetByTestId("leader-search").Locator("input").FillAsync("macron");
        await page.WaitForURLAsync(new Regex("q=macron"));
        await Assertions.Expect(page.Locator("a.leader-link")).ToHaveCountAsync(1);

        await page.Locator("a.leader-link", new PageLocatorOptions { HasText = "Emmanuel Macron" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/leaders/emmanuel-macron"));
        await Assertions.Expect(page.GetByTestId("leader-name")).ToHaveTextAsync("Emmanuel Macron");
        await Assertions.Expect(page.GetByTestId("leader-shift")).ToContainTextAsync("hardening");
        await ScreenshotAsync(page, "leader");

        await page.GotoInteractiveAsync(Url("/leaders/by-key?key=" + Uri.EscapeDataString("name:jan kowalski|POL")));
        await Assertions.Expect(page.GetByTestId("leader-name")).ToHaveTextAsync("Jan Kowalski");
    }

    [Fact]
    public async Task Timeline_shows_a_shift_with_before_and_after()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoInteractiveAsync(Url("/timeline?topic=troops-in-ukraine&actors=emmanuel-macron,Donald%20Tusk&countries=POL"));
        await Assertions.Expect(page.GetByTestId("lane-chart")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".lane-drawing-wide g.lane")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".lane-drawing-wide [data-testid=shift-marker]")).ToHaveCountAsync(1);
        var shift = page.GetByTestId("timeline-shift");
        await Assertions.Expect(shift).ToContainTextAsync("Emmanuel Macron");
        await Assertions.Expect(shift).ToContainTextAsync("open → ");
        await Assertions.Expect(shift).ToContainTextAsync("could not be ruled out");
        await Assertions.Expect(shift).ToContainTextAsync("ready to deploy troops");
        await ScreenshotAsync(page, "timeline");

        await page.GotoInteractiveAsync(Url("/timeline?topic=troops-in-ukraine"));
        await Assertions.Expect(page.GetByTestId("timeline-empty")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "timeline-empty");
    }
}
