using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// Export and sharing (issue 14, item 6): CSV with the deciding quote, source and confidence; the chart as SVG and PNG
/// made in the browser; a citation line; and read-only views another site may frame. On <see cref="LaneWorld"/>.
/// </summary>
public sealed class ExportBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private const string Timeline = $"/timeline?topic={LaneWorld.Troops}&countries={LaneWorld.Countries}";

    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string path, int width = 1440, int height = 1000, bool interactive = true)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        _factory.StartServer();
        LaneWorld.Seed(_factory.Database);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var url = new Uri(_factory.ServerAddress, path).ToString();
        if (interactive)
        {
            await page.GotoInteractiveAsync(url);
        }
        else
        {
            await page.GotoAsync(url);
        }
        return (playwright, browser, page);
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    private static string[] CsvLines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task The_matrix_downloads_a_csv_with_each_cells_quote_and_source_safe_for_spreadsheets()
    {
        var (playwright, browser, page) = await OpenAsync("/matrix?asOf=2025-06-30");
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.GetByTestId("citation")).ToContainTextAsync("StanceTracker, “Where governments stand”, positions as of 2025-06-30, retrieved ");
        var (name, bytes) = await DownloadAsync(page, "download-csv");
        Assert.Equal("matrix-2025-06-30.csv", name);
        var lines = CsvLines(bytes);
        Assert.StartsWith("country,country_name,topic,stance,confidence,date,speaker", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("quote,article_title,source,url", lines[0], StringComparison.Ordinal);
        var france = Assert.Single(lines, l => l.StartsWith($"FRA,France,{LaneWorld.Troops},", StringComparison.Ordinal));
        Assert.Contains(",support,0.9,2025-02-17,Emmanuel Macron,", france, StringComparison.Ordinal);
        Assert.Contains("Macron said France was ready to deploy troops as part of a reassurance force.,Report ", france, StringComparison.Ordinal);
        Assert.Contains(",Sample Wire,https://example.test/", france, StringComparison.Ordinal);
        // The formula in Meloni's quote opens as text: an apostrophe first, inside quotes because of the commas.
        var italy = Assert.Single(lines, l => l.StartsWith($"ITA,Italy,{LaneWorld.Troops},", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"click\"\") said the minister, <b>not bold</b>.\",", italy, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        await page.GetByTestId("share-bar").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-share-1440"), FullPage = true });
    }

    [Fact]
    public async Task The_timeline_downloads_its_comparison_as_csv_svg_and_png()
    {
        var (playwright, browser, page) = await OpenAsync(Timeline);
        using var _ = playwright;
        await using var __ = browser;

        var (csvName, csv) = await DownloadAsync(page, "download-csv");
        Assert.Equal($"timelines-{LaneWorld.Troops}.csv", csvName);
        var lines = CsvLines(csv);
        Assert.Equal("date,subject,topic,stance,model_stance,confidence,reviewed,speaker,actor_id,country,statement_id,rule,disagreement,text,article_title,url,source,subject_name", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"2025-02-17,FRA,{LaneWorld.Troops},support,support,0.9,false,Emmanuel Macron,", StringComparison.Ordinal)
            && l.EndsWith(",Sample Wire,France", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Equal(5, lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count());

        var (svgName, svg) = await DownloadAsync(page, "download-svg");
        Assert.Equal($"timeline-{LaneWorld.Troops}.svg", svgName);
        var svgText = Encoding.UTF8.GetString(svg);
        Assert.StartsWith("<?xml", svgText, StringComparison.Ordinal);
        Assert.Contains("<svg", svgText, StringComparison.Ordinal);
        Assert.Contains("fill=\"#0072B2\"", svgText, StringComparison.Ordinal);
        Assert.Contains("<desc>StanceTracker, “Stance on", svgText, StringComparison.Ordinal);
        Assert.DoesNotContain("tabindex", svgText, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(svgText, "data-testid=\"lane\""));
        // The file says what it shows: the title above the chart and the citation below, as visible text.
        Assert.Contains("font-weight=\"bold\" fill=\"#1b1b1b\">Stance on Troops in Ukraine: France, Germany, Poland, Italy, United Kingdom</text>", svgText, StringComparison.Ordinal);
        Assert.Matches("fill=\"#424242\">StanceTracker, “Stance on Troops in Ukraine: [^<]+”, positions as of 2025-05-05[^<]*</text>", svgText);
        Assert.Contains("fill=\"#424242\">http://", svgText, StringComparison.Ordinal);

        var (pngName, png) = await DownloadAsync(page, "download-png");
        Assert.Equal($"timeline-{LaneWorld.Troops}.png", pngName);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal(1920, width);
        Assert.Equal(2 * Height(svgText), height);
        Assert.True(png.Length > 5_000, $"a {png.Length}-byte PNG is too small to hold the chart");
        await File.WriteAllBytesAsync(Chromium.ScreenshotPath("timeline-export"), png, TestContext.Current.CancellationToken);

        await Assertions.Expect(page.GetByTestId("citation")).ToContainTextAsync(
            "StanceTracker, “Stance on Troops in Ukraine: France, Germany, Poland, Italy, United Kingdom”, positions as of 2025-05-05");
        await Assertions.Expect(page.GetByTestId("embed-code")).ToContainTextAsync("<iframe src=\"");
        await Assertions.Expect(page.GetByTestId("embed-code")).ToContainTextAsync("/embed/timeline?topic=troops-in-ukraine&amp;countries=FRA%2CDEU%2CPOL%2CITA%2CGBR");
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task The_embeddable_timeline_is_read_only_and_may_be_framed_by_another_site(int width, int height)
    {
        var embed = $"/embed/timeline?topic={LaneWorld.Troops}&countries={LaneWorld.Countries}";
        var (playwright, browser, page) = await OpenAsync(embed, width, height, interactive: false);
        using var _ = playwright;
        await using var __ = browser;

        var response = await page.GotoAsync(new Uri(_factory.ServerAddress, embed).ToString());
        var headers = await response!.AllHeadersAsync();
        Assert.Equal("frame-ancestors *", headers["content-security-policy"]);
        Assert.False(headers.ContainsKey("x-frame-options"));
        await Assertions.Expect(page.GetByTestId("embed-title")).ToHaveTextAsync("Stance on Troops in Ukraine: France, Germany, Poland, Italy, United Kingdom");
        await Assertions.Expect(page.GetByTestId("lane").Filter(new LocatorFilterOptions { Visible = true })).ToHaveCountAsync(5);
        // Nothing to operate: no navigation, no inputs, segments take no focus, no circuit.
        await Assertions.Expect(page.Locator("nav, input, select, button, [tabindex='0']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("interactive")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("citation")).ToContainTextAsync("Open in StanceTracker");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath($"embed-timeline-{width}"), FullPage = true });

        // The dashboard's own pages still refuse to be framed.
        var timeline = await page.GotoAsync(new Uri(_factory.ServerAddress, Timeline).ToString());
        Assert.Equal("DENY", (await timeline!.AllHeadersAsync())["x-frame-options"]);
    }

    [Fact]
    public async Task The_embeddable_matrix_shows_inside_a_frame_on_another_page()
    {
        var (playwright, browser, page) = await OpenAsync("/embed/matrix?asOf=2025-06-30", interactive: false);
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator("td[data-country='FRA'][data-topic='troops-in-ukraine'] .stance")).ToHaveClassAsync(new Regex("stance-support"));
        var src = new Uri(_factory.ServerAddress, "/embed/matrix?asOf=2025-06-30").ToString();
        await page.SetContentAsync($"<html><body><h2>A newsroom page</h2><iframe src=\"{src}\" width=\"900\" height=\"520\" style=\"border:1px solid #ccc\"></iframe></body></html>");
        var frame = page.FrameLocator("iframe");
        await Assertions.Expect(frame.GetByTestId("embed-title")).ToHaveTextAsync("Where governments stand, as of 30 June 2025");
        await Assertions.Expect(frame.Locator("td[data-country='ITA'][data-topic='troops-in-ukraine'] .stance")).ToHaveClassAsync(new Regex("stance-oppose"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("embed-matrix-framed-1440") });
    }

    [Fact]
    public async Task Screenshot_of_the_matrix_share_bar_on_a_phone()
    {
        var (playwright, browser, page) = await OpenAsync("/matrix?asOf=2025-06-30", 390, 844);
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.GetByTestId("share-bar")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page scrolls sideways ({scrollWidth} px)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-share-390"), FullPage = true });
    }

    // The framed file's height: the outermost svg's.
    private static int Height(string svg) => int.Parse(Regex.Match(svg, "<svg[^>]*? height=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
