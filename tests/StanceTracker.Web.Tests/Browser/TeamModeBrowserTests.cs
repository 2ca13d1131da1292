using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StanceTracker.Data;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Tests.Workflows;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// Team mode in a real browser, from sign-in to the audit: a reviewer's correction is recorded under the name they
/// signed in with, and a viewer who signs in is shown the matrix but turned away from the review queue.
/// </summary>
public sealed class TeamModeBrowserTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const string Password = "correct horse battery";

    private readonly DashboardFactory _factory = new(kestrel: true)
    {
        Options = database => new DashboardOptions(database, null)
        {
            DataDirectory = ProjectPaths.DataDirectory,
            LoadCatalogue = false,
            Transformer = TransformerMode.Off,
            Auth = AuthMode.On,
        },
    };

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GetByTestId("signin-name").FillAsync(name);
        await page.GetByTestId("signin-password").FillAsync(Password);
        await page.GetByTestId("signin-submit").ClickAsync();
    }

    [Fact]
    public async Task A_reviewer_signs_in_corrects_a_stance_and_the_audit_names_them_while_a_viewer_is_turned_away()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        WorkflowData.Seed(_factory.Database);
        var users = _factory.Services.GetRequiredService<IUserStore>();
        users.Add("Rita", Password, UserRole.Reviewer, DateTimeOffset.UtcNow);
        users.Add("vic", Password, UserRole.Viewer, DateTimeOffset.UtcNow);

        var reviewer = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        await reviewer.GotoAsync(Url("/review"));
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/account/signin\\?ReturnUrl=%2Freview$"));
        await reviewer.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("team-signin-1440") });
        await SignInAsync(reviewer, "rita");
        await Assertions.Expect(reviewer).ToHaveURLAsync(new Regex("/review$"));
        await reviewer.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await reviewer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(reviewer.GetByTestId("reviewer-signed-in")).ToContainTextAsync("Rita");
        await Assertions.Expect(reviewer.GetByTestId("reviewer")).ToHaveCountAsync(0);

        var item = reviewer.GetByTestId("review-item").Filter(new LocatorFilterOptions { HasText = "Macron said nothing" });
        await item.Locator(".mud-input-control.mud-select:has([data-testid='correct-stance'])").ClickAsync();
        await reviewer.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^oppose$") }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var reason = item.GetByTestId("reason");
        await reason.FillAsync("He ruled troops out later in the interview");
        await reason.PressAsync("Tab");
        await Assertions.Expect(reason).ToHaveValueAsync("He ruled troops out later in the interview");
        await item.GetByTestId("save-correction").ClickAsync();
        await Assertions.Expect(reviewer.GetByTestId("review-message")).ToContainTextAsync("stance → oppose", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });

        await reviewer.GotoAsync(Url("/audit"));
        var row = reviewer.GetByTestId("audit-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByTestId("audit-who")).ToHaveTextAsync("Rita");
        await Assertions.Expect(row.GetByTestId("audit-change")).ToContainTextAsync("oppose");
        await reviewer.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("team-audit-1440"), FullPage = true });

        // A new page is a new browser context: no cookie of Rita's.
        var viewer = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await viewer.GotoAsync(Url("/matrix?asOf=2025-03-01"));
        await SignInAsync(viewer, "vic");
        await Assertions.Expect(viewer.Locator("td[data-country='FRA'][data-topic='troops-in-ukraine'] .stance")).ToHaveCountAsync(1);
        await viewer.GotoAsync(Url("/review"));
        await Assertions.Expect(viewer.GetByTestId("denied")).ToBeVisibleAsync();
        await Assertions.Expect(viewer.GetByTestId("review-item")).ToHaveCountAsync(0);
        await viewer.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("team-viewer-denied-390"), FullPage = true });
    }

    [Fact]
    public async Task The_sign_in_denied_and_audit_pages_have_no_axe_violation()
    {
        Axe.RequireScript();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        var users = _factory.Services.GetRequiredService<IUserStore>();
        users.Add("Rita", Password, UserRole.Reviewer, DateTimeOffset.UtcNow);
        users.Add("vic", Password, UserRole.Viewer, DateTimeOffset.UtcNow);

        foreach (var width in new[] { 1440, 390 })
        {
            var reviewer = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await reviewer.GotoAsync(Url("/audit"));
            await Axe.AssertNoViolationsAsync(reviewer, $"sign-in at {width}px", output);
            await SignInAsync(reviewer, "Rita");
            await Assertions.Expect(reviewer.GetByTestId("audit-title")).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(reviewer, $"audit at {width}px", output);

            var viewer = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await viewer.GotoAsync(Url("/review"));
            await SignInAsync(viewer, "vic");
            await Assertions.Expect(viewer.GetByTestId("denied")).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(viewer, $"denied at {width}px", output);
        }
    }
}
