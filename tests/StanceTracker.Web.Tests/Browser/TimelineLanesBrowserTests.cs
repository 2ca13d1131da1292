using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// The timeline as lanes (issue 14, item 4): one lane per country, segments coloured by stance, the quote on hover and on
/// keyboard focus, shift markers and cards, and the topic switched in one click. On <see cref="LaneWorld"/>, in Chromium.
/// </summary>
public sealed class TimelineLanesBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private const string FiveCountries = $"/timeline?topic={LaneWorld.Troops}&countries={LaneWorld.Countries}";

    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string path, int width = 1440, int height = 1000)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        LaneWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, path).ToString());
        return (playwright, browser, page);
    }

    private static ILocator Visible(IPage page, string testId) => page.GetByTestId(testId).Filter(new LocatorFilterOptions { Visible = true });

    [Fact]
    public async Task Five_countries_get_a_lane_each_with_stance_segments_and_shift_markers()
    {
        var (playwright, browser, page) = await OpenAsync(FiveCountries);
        using var _ = playwright;
        await using var __ = browser;

        var lanes = Visible(page, "lane");
        await Assertions.Expect(lanes).ToHaveCountAsync(5);
        var france = page.Locator(".lane-drawing-wide [data-lane='France']");
        await Assertions.Expect(france).ToHaveAttributeAsync("aria-label", new Regex("^France, 1 shift: open from 2024-02-26; open from 2024-09-10; support from 2025-02-17"));
        await Assertions.Expect(france.GetByTestId("lane-segment")).ToHaveCountAsync(3);
        await Assertions.Expect(france.Locator("[data-stance='support']")).ToHaveAttributeAsync("fill", "#0072B2");
        await Assertions.Expect(france.GetByTestId("shift-marker")).ToHaveCountAsync(1);
        // Germany: oppose lapsed after a year without a statement, then neutral; the label says so.
        var germany = page.Locator(".lane-drawing-wide [data-lane='Germany']");
        await Assertions.Expect(germany.GetByTestId("lane-segment").First).ToHaveAttributeAsync("aria-label", new Regex("until it lapsed on 2025-03-01"));
        // Lanes do not overlap: each sits below the one before.
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < 5; i++)
        {
            boxes.Add((await lanes.Nth(i).BoundingBoxAsync())!);
        }
        for (var i = 1; i < 5; i++)
        {
            Assert.True(boxes[i].Y >= boxes[i - 1].Y + boxes[i - 1].Height - 1, $"lane {i} overlaps lane {i - 1}");
        }
        // The before/after cards stay below the chart, newest first: Germany (after its lapse), Britain, France.
        await Assertions.Expect(page.GetByTestId("timeline-shift")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("timeline-shift").First).ToContainTextAsync("20 March 2025 · Germany");
        await Assertions.Expect(page.GetByTestId("timeline-shift").Last).ToContainTextAsync("ready to deploy troops");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("timeline-lanes-1440"), FullPage = true });
    }

    [Fact]
    public async Task Hovering_or_tabbing_to_a_segment_shows_its_quote()
    {
        var (playwright, browser, page) = await OpenAsync(FiveCountries);
        using var _ = playwright;
        await using var __ = browser;

        var detail = page.GetByTestId("lane-detail");
        await Assertions.Expect(detail).ToContainTextAsync("Point at a segment");
        await page.Locator(".lane-drawing-wide [data-lane='France'] [data-stance='support']").HoverAsync();
        await Assertions.Expect(detail).ToContainTextAsync("France was ready to deploy troops");
        await Assertions.Expect(detail).ToContainTextAsync("support from 2025-02-17");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("timeline-lanes-hover-1440") });

        // By keyboard alone: Tab from the last topic link reaches the first segment of the first lane.
        await page.Locator(".topic-chip").Last.FocusAsync();
        string? focused = null;
        for (var i = 0; i < 12 && focused != "lane-segment"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')");
        }
        Assert.Equal("lane-segment", focused);
        var label = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        Assert.StartsWith("France: open from 2024-02-26", label, StringComparison.Ordinal);
        await Assertions.Expect(detail).ToContainTextAsync("could not be ruled out");
        var ring = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).strokeWidth");
        Assert.Equal("3px", ring);
    }

    [Fact]
    public async Task The_topic_switches_in_one_click_and_keeps_the_countries()
    {
        var (playwright, browser, page) = await OpenAsync(FiveCountries);
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator($".topic-chip[data-topic='{LaneWorld.Troops}']")).ToHaveAttributeAsync("aria-current", "page");
        await page.Locator($".topic-chip[data-topic='{LaneWorld.Sanctions}']").ClickAsync();
        await page.WaitForURLAsync(new Regex($"topic={LaneWorld.Sanctions}"));
        Assert.Contains("countries=FRA", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($".topic-chip[data-topic='{LaneWorld.Sanctions}']")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(Visible(page, "lane")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator(".lane-drawing-wide [data-lane='Italy'] [data-stance='open']")).ToHaveCountAsync(1);
        // Client-side: the circuit that served the first topic serves the second (no reload).
        await Assertions.Expect(page.GetByTestId("interactive")).ToBeAttachedAsync();
    }

    [Fact]
    public async Task On_a_phone_the_names_sit_above_the_lanes()
    {
        var (playwright, browser, page) = await OpenAsync(FiveCountries, 390, 844);
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator(".lane-drawing-narrow svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".lane-drawing-wide svg")).ToBeHiddenAsync();
        await Assertions.Expect(Visible(page, "lane")).ToHaveCountAsync(5);
        var svg = (await page.Locator(".lane-drawing-narrow svg").BoundingBoxAsync())!;
        Assert.True(svg.Width <= 390, $"the chart is {svg.Width} px wide on a 390 px screen");
        // Names stay legible: at least 10 px tall on screen.
        var name = (await page.Locator(".lane-drawing-narrow [data-lane='France'] text").First.BoundingBoxAsync())!;
        Assert.True(name.Height >= 10, $"lane names are {name.Height} px tall");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page scrolls sideways ({scrollWidth} px)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("timeline-lanes-390"), FullPage = true });
        await page.GetByTestId("lane-chart").ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.ScreenshotPath("timeline-lanes-390-chart") });
    }
}
