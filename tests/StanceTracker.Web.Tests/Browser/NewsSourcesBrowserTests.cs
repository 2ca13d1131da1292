using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// The /sources page in a real browser: a feed that cannot be reached shows as failing with its error and a later
/// retry, and a watch folder added through the form is polled at once by the host's watch, its status line turning to
/// ok with the articles it added; axe finds nothing at 1440 and 390 px.
/// </summary>
public sealed class NewsSourcesBrowserTests(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    [Fact]
    public async Task Status_lines_show_a_failing_feed_and_a_folder_added_through_the_form_is_polled_and_counted()
    {
        Axe.RequireScript();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        var sources = _factory.Services.GetRequiredService<INewsSourceStore>();
        sources.Add($"http://127.0.0.1:{ClosedPort()}/world.rss", "Closed wire", TimeSpan.FromMinutes(30), DateTimeOffset.UtcNow);
        await _factory.Services.GetRequiredService<SourcePoller>().PollDueAsync(cancellationToken: TestContext.Current.CancellationToken);
        var inbox = Path.Combine(_factory.Folder, "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= 2; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, $"report-{i}.md"), Report(i), new UTF8Encoding(false), TestContext.Current.CancellationToken);
        }

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await page.GotoInteractiveAsync(Url("/sources"));
        var failing = page.GetByTestId("source").Filter(new LocatorFilterOptions { HasText = "Closed wire" });
        await Assertions.Expect(failing.GetByTestId("source-status")).ToContainTextAsync("failing (1 in a row)");
        await Assertions.Expect(failing.GetByTestId("source-last-error")).ToContainTextAsync("robots.txt could not be read");
        await Assertions.Expect(failing.GetByTestId("source-last-success")).ToHaveTextAsync("never");
        await Assertions.Expect(failing.GetByTestId("source-next-poll")).ToContainTextAsync("UTC");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "News sources" })).ToBeVisibleAsync();

        await page.GetByTestId("source-location").FillAsync(inbox);
        await page.GetByTestId("source-name").FillAsync("Desk inbox");
        await page.GetByTestId("source-every").FillAsync("2h");
        await page.GetByTestId("source-every").PressAsync("Tab");
        await page.GetByTestId("source-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-message")).ToContainTextAsync("Added Desk inbox");
        var added = page.GetByTestId("source").Filter(new LocatorFilterOptions { HasText = "Desk inbox" });
        await Assertions.Expect(added).ToContainTextAsync("every 2h");
        // The host's watch polls it at once and the page hears of it: no reload. The first article analysed trains the
        // fast model when data/models has none (about two minutes, as for a pasted article).
        await Assertions.Expect(added.GetByTestId("source-status")).ToHaveTextAsync("ok", new LocatorAssertionsToHaveTextOptions { Timeout = 300_000 });
        await Assertions.Expect(added.GetByTestId("source-added")).ToHaveTextAsync("2 (2 at the last poll)");
        await Assertions.Expect(added.GetByTestId("source-last-error")).ToHaveTextAsync("none");
        Assert.Equal(2, sources.FindByLocation(inbox)!.ArticlesAdded);

        // A duplicate is refused in words, and nothing is added.
        await page.GetByTestId("source-location").FillAsync(inbox);
        await page.GetByTestId("source-location").PressAsync("Tab");
        await page.GetByTestId("source-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("source-message")).ToContainTextAsync(inbox);
        await Assertions.Expect(page.GetByTestId("source")).ToHaveCountAsync(2);

        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("sources-1440"), FullPage = true });
        await Axe.AssertNoViolationsAsync(page, "sources at 1440px", output);

        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 900 } });
        await phone.GotoInteractiveAsync(Url("/sources"));
        await Assertions.Expect(phone.GetByTestId("source-status")).ToHaveCountAsync(2);
        await phone.WaitForTimeoutAsync(600);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("sources-390"), FullPage = true });
        await Axe.AssertNoViolationsAsync(phone, "sources at 390px", output);
        // Nothing overflows the phone's width (long addresses and errors wrap).
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");

        await phone.GetByTestId("source").Filter(new LocatorFilterOptions { HasText = "Closed wire" }).GetByTestId("source-remove").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("source-message")).ToContainTextAsync("Removed Closed wire");
        await Assertions.Expect(phone.GetByTestId("source")).ToHaveCountAsync(1);
        Assert.Single(sources.List());
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Report(int number) => $"""
        ---
        title: Minister {number} on sanctions
        published: 2025-03-1{number}
        source: Desk Wire
        ---

        The foreign minister of Examplestan said on Monday that sanctions round {number} would stay until the troops withdraw.

        "We will not lift them while the war goes on," the minister told reporters after meeting {number}.
        """;
}
