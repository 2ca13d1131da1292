using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StanceTracker.Data;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>The alerts page in a real browser: follow a country by webhook and see it listed; in team mode, webhooks are an admin's.</summary>
public sealed class AlertsBrowserTests(ITestOutputHelper output)
{
    private const string Password = "correct horse battery";
    private const string Hook = "http://127.0.0.1:9/hooks/stance";

    private static async Task ChooseAsync(IPage page, string select, string item)
    {
        await page.GetByTestId(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($@"^\s*{Regex.Escape(item)}\s*$") }).ClickAsync();
    }

    [Fact]
    public async Task A_country_followed_by_webhook_is_listed_and_stored_for_the_local_analyst()
    {
        Axe.RequireScript();
        await using var factory = new DashboardFactory(kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        factory.StartServer();
        SampleWorld.Seed(factory.Database);

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoInteractiveAsync(new Uri(factory.ServerAddress, "/alerts").ToString());
        await Assertions.Expect(page.GetByTestId("alerts-none")).ToBeVisibleAsync();
        await ChooseAsync(page, "alerts-target", "Poland (POL)");
        await ChooseAsync(page, "alerts-channel", "Webhook");
        await page.GetByTestId("alerts-address").FillAsync(Hook);
        await page.GetByTestId("alerts-follow").ClickAsync();

        var row = page.GetByTestId("alerts-follow-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Poland (country)");
        await Assertions.Expect(row).ToContainTextAsync($"Webhook: {Hook}");
        await Assertions.Expect(row.GetByTestId("alerts-status")).ToHaveTextAsync("Nothing sent yet");
        var stored = Assert.Single(factory.Services.GetRequiredService<IAlertStore>().Follows());
        Assert.Equal((AlertRules.LocalOwner, FollowKind.Country, "POL", AlertChannel.Webhook, Hook), (stored.Owner, stored.Kind, stored.Target, stored.Channel, stored.Address));

        // The same follow again is refused in words, and nothing is added.
        await ChooseAsync(page, "alerts-target", "Poland (POL)");
        await page.GetByTestId("alerts-address").FillAsync(Hook);
        await page.GetByTestId("alerts-follow").ClickAsync();
        await Assertions.Expect(page.GetByTestId("alerts-error")).ToContainTextAsync("exists already");
        await Assertions.Expect(row).ToHaveCountAsync(1);

        foreach (var width in new[] { 1440, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.WaitForTimeoutAsync(600);
            await Axe.AssertNoViolationsAsync(page, $"alerts at {width}px", output);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"alerts-{width}"), FullPage = true });
        }

        await row.GetByTestId("alerts-unfollow").ClickAsync();
        await Assertions.Expect(page.GetByTestId("alerts-none")).ToBeVisibleAsync();
        Assert.Empty(factory.Services.GetRequiredService<IAlertStore>().Follows());
    }

    [Fact]
    public async Task In_team_mode_a_viewer_follows_by_email_sees_only_their_own_follows_and_may_not_set_a_webhook()
    {
        await using var factory = new DashboardFactory(kestrel: true)
        {
            Options = database => new DashboardOptions(database, null)
            {
                DataDirectory = ProjectPaths.DataDirectory,
                LoadCatalogue = false,
                Transformer = TransformerMode.Off,
                Auth = AuthMode.On,
            },
        };
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        factory.StartServer();
        SampleWorld.Seed(factory.Database);
        factory.Services.GetRequiredService<IUserStore>().Add("vic", Password, UserRole.Viewer, DateTimeOffset.UtcNow);
        factory.Services.GetRequiredService<IAlertStore>().Add(
            new FollowRequest("Rita", FollowKind.Country, "POL", AlertChannel.Webhook, Hook), DateTimeOffset.UtcNow);

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoAsync(new Uri(factory.ServerAddress, "/alerts").ToString());
        await page.GetByTestId("signin-name").FillAsync("vic");
        await page.GetByTestId("signin-password").FillAsync(Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alerts$"));
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Assertions.Expect(page.GetByTestId("alerts-none")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("alerts-webhook-note")).ToContainTextAsync("Webhooks are for admins");
        await page.GetByTestId("alerts-channel").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "Webhook" }))
            .ToHaveClassAsync(new Regex("mud-list-item-disabled"));
        await page.Keyboard.PressAsync("Escape");

        await ChooseAsync(page, "alerts-target", "Poland (POL)");
        await page.GetByTestId("alerts-address").FillAsync("vic@example.org");
        await page.GetByTestId("alerts-follow").ClickAsync();

        var row = page.GetByTestId("alerts-follow-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Email: vic@example.org");
        Assert.Equal(["Rita", "vic"], factory.Services.GetRequiredService<IAlertStore>().Follows().Select(f => f.Owner));
    }
}
