using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>The "what changed" page and its Atom feed in a real browser.</summary>
public sealed class ChangesBrowserTests : IAsyncDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(IPlaywright, IBrowser)> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        ChangesWorld.Seed(_factory.Database);
        return (playwright, browser);
    }

    private string Url(string path) => new Uri(_factory.ServerAddress, path).ToString();

    private static async Task<IPage> PageAsync(IBrowser browser, int width) =>
        await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });

    [Fact]
    public async Task Shifts_since_a_date_newest_first_with_before_and_after_and_filters()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;

        foreach (var width in new[] { 1440, 390 })
        {
            var page = await PageAsync(browser, width);
            await page.GotoInteractiveAsync(Url("/changes?since=2024-01-01"));
            await Assertions.Expect(page.GetByTestId("changes-title")).ToHaveTextAsync("What changed since 1 January 2024");
            var changes = page.GetByTestId("change");
            await Assertions.Expect(changes).ToHaveCountAsync(3);

            // Newest first: Sikorski's hardening of 5 March, then France's and Macron's of 17 February.
            var first = changes.Nth(0);
            await Assertions.Expect(first).ToHaveAttributeAsync("data-subject", "radoslaw-sikorski");
            await Assertions.Expect(first.GetByTestId("change-kind")).ToHaveTextAsync("hardening");
            await Assertions.Expect(first.GetByTestId("change-before")).ToContainTextAsync("a European reassurance force could be discussed");
            // Article text is text: the <b> in the quote is shown, not obeyed.
            await Assertions.Expect(first.GetByTestId("change-after").GetByTestId("statement-quote").Locator("blockquote"))
                .ToHaveTextAsync(ChangesWorld.SikorskiText);
            await Assertions.Expect(first.Locator("blockquote b")).ToHaveCountAsync(0);
            await Assertions.Expect(first.GetByTestId("change-after")).ToContainTextAsync("team-written summary");
            await Assertions.Expect(changes.Nth(1)).ToHaveAttributeAsync("data-subject", "FRA");
            await Assertions.Expect(changes.Nth(1)).ToContainTextAsync("France (country) · Troops in Ukraine");
            await Assertions.Expect(changes.Nth(2)).ToHaveAttributeAsync("data-subject", "emmanuel-macron");
            var source = changes.Nth(1).GetByTestId("change-after").Locator("a.source-link");
            await Assertions.Expect(source).ToHaveAttributeAsync("href", "https://example.test/macron-ready");
            await Assertions.Expect(changes.Nth(1).GetByTestId("change-before")).ToContainTextAsync("could not be ruled out");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"changes-{width}"), FullPage = true });
            await page.CloseAsync();
        }

        var filtered = await PageAsync(browser, 1440);
        await filtered.GotoInteractiveAsync(Url("/changes?since=2024-01-01"));
        // The "Whose" filter, through the select as a user works it: the address follows, the list narrows to countries.
        await filtered.GetByTestId("changes-who").ClickAsync();
        await filtered.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex(@"^\s*countries\s*$") }).ClickAsync();
        await filtered.WaitForURLAsync(new Regex("who=countries"));
        await Assertions.Expect(filtered.GetByTestId("change")).ToHaveCountAsync(1);
        await Assertions.Expect(filtered.GetByTestId("change")).ToHaveAttributeAsync("data-subject", "FRA");

        await filtered.GotoInteractiveAsync(Url("/changes?since=2025-03-01"));
        await Assertions.Expect(filtered.GetByTestId("change")).ToHaveCountAsync(1);
        await filtered.GotoInteractiveAsync(Url("/changes?since=2024-01-01&kind=reversal"));
        await Assertions.Expect(filtered.GetByTestId("changes-empty")).ToContainTextAsync("No shift since 2024-01-01 of the kind reversal");
        await filtered.GotoInteractiveAsync(Url("/changes?since=2024-01-01&country=POL"));
        await Assertions.Expect(filtered.GetByTestId("change")).ToHaveCountAsync(1);
        await filtered.GotoInteractiveAsync(Url("/changes?since=yesterday&kind=sideways"));
        await Assertions.Expect(filtered.GetByTestId("changes-address-error")).ToContainTextAsync("since 'yesterday'");
        await Assertions.Expect(filtered.GetByTestId("changes-address-error")).ToContainTextAsync("kind 'sideways'");
        await filtered.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("changes-address-error-1440"), FullPage = true });
    }

    [Fact]
    public async Task The_atom_feed_carries_the_same_shifts_as_escaped_xml()
    {
        var (playwright, browser) = await StartAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await PageAsync(browser, 1440);

        await page.GotoInteractiveAsync(Url("/changes?since=2024-01-01&who=leaders"));
        var alternate = page.Locator("head link[rel=alternate][type='application/atom+xml']");
        await Assertions.Expect(alternate).ToHaveAttributeAsync("href", "changes.atom?since=2024-01-01&who=leaders");
        await Assertions.Expect(page.GetByTestId("changes-feed")).ToHaveAttributeAsync("href", "changes.atom?since=2024-01-01&who=leaders");

        var response = await page.APIRequest.GetAsync(Url("/changes.atom?since=2024-01-01&who=leaders"));
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/atom+xml", response.Headers["content-type"], StringComparison.Ordinal);
        var raw = await response.TextAsync();
        Assert.Contains("&lt;b&gt;soldiers&lt;/b&gt; now &amp;", raw, StringComparison.Ordinal);
        var feed = XDocument.Parse(raw).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2025-03-05T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("Radosław Sikorski on Troops in Ukraine: hardening, open → oppose", entries[0].Element(Atom + "title")!.Value);
        var content = entries[0].Element(Atom + "content")!.Value;
        Assert.Contains(ChangesWorld.SikorskiText, content, StringComparison.Ordinal);
        Assert.Contains("team-written summary", content, StringComparison.Ordinal);
        Assert.Contains("a European reassurance force could be discussed", content, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.StartsWith("urn:uuid:", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Contains(entries, e => e.Elements(Atom + "link").Any(l => (string?)l.Attribute("href") == "https://example.test/macron-ready"));

        // The same shift keeps its id from one fetch to the next, so a reader does not show it twice.
        var again = XDocument.Parse(await (await page.APIRequest.GetAsync(Url("/changes.atom?since=2024-01-01&who=leaders"))).TextAsync()).Root!;
        Assert.Equal(entries[0].Element(Atom + "id")!.Value, again.Elements(Atom + "entry").First().Element(Atom + "id")!.Value);

        var bad = await page.APIRequest.GetAsync(Url("/changes.atom?since=2025-02-30"));
        Assert.Equal(400, bad.Status);
        Assert.Contains("since '2025-02-30'", await bad.TextAsync(), StringComparison.Ordinal);
    }
}
