using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>A paste far above SignalR's default 32 KB message reaches the server in a real browser and is stored.</summary>
public sealed class LargePasteBrowserTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new(kestrel: true);

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>About 1 MB of ordinary prose with one statement, so the analysis itself stays small.</summary>
    internal static string MegabyteArticle()
    {
        var text = new StringBuilder("Norwegian Prime Minister Jonas Gahr Støre said on Monday that Norway was ready to consider sending troops to Ukraine.\n\n");
        var paragraph = 0;
        while (text.Length < 1_000_000)
        {
            text.Append("Paragraph ").Append(paragraph++).Append(": the committee went through the budget lines for roads, schools and hospitals one by one, ")
                .Append("and the clerks recorded every figure in the ledger before the session closed for the evening.\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task A_one_megabyte_paste_is_stored()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory.StartServer();
        var page = await browser.NewPageAsync();
        var text = MegabyteArticle();

        await page.GotoInteractiveAsync(new Uri(_factory.ServerAddress, "/ingest").ToString());
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500);
        await page.GetByTestId("paste-title").FillAsync("A very long budget report");
        // What a paste does to the box: the value changes at once and the change event carries it to the circuit.
        // (Playwright's FillAsync types it through Chromium's editor, which takes longer than its timeout for 1 MB.)
        await page.GetByTestId("paste-text").EvaluateAsync(
            "(box, text) => { box.focus(); box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); box.dispatchEvent(new Event('change', { bubbles: true })); }",
            text);
        var clock = Stopwatch.StartNew();
        await page.GetByTestId("paste-submit").ClickAsync();

        // The first analysis in a fresh checkout trains the classifier (about two minutes, longer on a busy machine).
        await Assertions.Expect(page.GetByTestId("ingest-summary")).ToContainTextAsync("Stored as article", new LocatorAssertionsToContainTextOptions { Timeout = 300_000 });
        TestContext.Current.TestOutputHelper?.WriteLine($"1 MB paste stored in {clock.Elapsed.TotalSeconds:0.0} s (including any classifier load)");
        using var connection = _factory.Database.OpenConnection();
        Assert.Equal(1, connection.ExecuteScalarCount("SELECT COUNT(*) FROM articles WHERE title = 'A very long budget report' AND length(body) > 900000"));
    }
}
