using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// Every page through axe-core (no violation of any impact) at a desktop and a phone width, on the sample world,
/// and the matrix and its drawer driven by the keyboard alone.
/// </summary>
public sealed class AccessibilityBrowserTests(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    public static TheoryData<string, string> Pages => new()
    {
        { "matrix", "/matrix?asOf=2025-03-01" },
        { "matrix-drawer", "/matrix?asOf=2025-03-01&country=POL&topic=troops-in-ukraine" },
        { "leaders", "/leaders" },
        { "leader", "/leaders/emmanuel-macron" },
        { "timeline", "/timeline?topic=troops-in-ukraine&actors=emmanuel-macron&countries=POL" },
        { "statements", "/statements" },
        { "review", "/review" },
        { "ingest", "/ingest" },
        { "data", "/data" },
        { "sources", "/sources" },
        { "changes", "/changes?since=2024-01-01" },
        { "methodology", "/methodology" },
        { "not-found", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violation(string name, string path)
    {
        Axe.RequireScript();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        SampleWorld.Seed(_factory.Database);

        foreach (var width in new[] { 1440, 390 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, path).ToString());
            // Drawers and popovers animate in; axe measures colours and positions as they stand.
            await page.WaitForTimeoutAsync(600);
            await Axe.AssertNoViolationsAsync(page, $"{name} at {width}px", output);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Matrix_cells_and_their_drawer_work_with_the_keyboard_alone()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        SampleWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/matrix?asOf=2025-03-01").ToString());

        // Tab from the top of the page until a matrix cell has the focus: every control before it is passed on the way.
        string? focused = null;
        for (var presses = 0; presses < 80 && focused is null; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement?.closest('td.cell[data-country]') ? document.activeElement.closest('td').dataset.country + '/' + document.activeElement.closest('td').dataset.topic : null");
        }
        Assert.Equal("FRA/troops-in-ukraine", focused);
        // The next cell is one Tab further.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("POL", await page.EvaluateAsync<string?>("() => document.activeElement?.closest('td')?.dataset.country"));

        await page.Keyboard.PressAsync("Enter");
        var panel = page.GetByTestId("cell-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("ruled out sending Polish troops");
        // The focus follows into the drawer, so Tab reaches its links and its close button next.
        await Assertions.Expect(page.GetByTestId("cell-drawer-content")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[data-testid=cell-drawer-content]')"), "Tab left the drawer");
        // Trapped: however far Tab or Shift+Tab goes, focus stays in the drawer, never on the page it covers.
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync(i % 8 == 7 ? "Shift+Tab" : "Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[data-testid=cell-drawer-content]')"), $"Tab {i + 1} left the drawer");
        }
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("keyboard-drawer-open-1440") });

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await page.WaitForURLAsync(url => !url.Contains("country=", StringComparison.Ordinal));
        // Back on the cell it came from, so the next Tab goes on from there.
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('td')?.dataset.country === 'POL'");

        // The close button works from the keyboard as well.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await page.GetByTestId("cell-panel-close").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('td')?.dataset.country === 'POL'");
    }
}
