using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StanceTracker.Data;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>
/// The dashboard on a database holding only the reference article (../shared/corpus/seed), built as a first run
/// builds the demo database: on first open it shows the troops positions the article reports.
/// </summary>
public sealed class ReferenceArticleBrowserTests : IAsyncDisposable
{
    private DashboardFactory? _factory;

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static string ReferenceArticle()
    {
        if (ProjectPaths.RepositoryRoot is not { } root)
        {
            Assert.Skip("the checkout's root was not found, so ../shared cannot be located beside it");
            return "";
        }
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seed", "riyadh-talks.txt"));
        if (!File.Exists(path))
        {
            Assert.Skip($"../shared not found: {path} is absent, so there is no reference article to open the dashboard on");
        }
        return path;
    }

    [Fact]
    public async Task First_open_on_the_reference_article_shows_Poland_Italy_and_the_United_Kingdom_on_troops()
    {
        var article = ReferenceArticle();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        _factory = new DashboardFactory(kestrel: true)
        {
            Options = database =>
            {
                var corpus = Path.Combine(Path.GetDirectoryName(database)!, "corpus");
                Directory.CreateDirectory(corpus);
                File.Copy(article, Path.Combine(corpus, Path.GetFileName(article)), overwrite: true);
                // The real catalogue: the article's speakers resolve to their countries and offices as the app does it.
                return new DashboardOptions(database, corpus) { DataDirectory = ProjectPaths.DataDirectory, LoadCatalogue = true, Transformer = TransformerMode.Off };
            },
        };
        _factory.StartServer();
        var builder = _factory.Services.GetRequiredService<DemoDatabaseBuilder>();
        // On a fresh checkout the fast classifier is trained first (about two minutes, longer on a busy machine).
        await builder.Completion.WaitAsync(TimeSpan.FromMinutes(10), TestContext.Current.CancellationToken);
        Assert.Equal(DemoBuildState.Ready, builder.Status.State);

        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        await page.GotoInteractiveAsync(_factory.ServerAddress.ToString());

        await Assertions.Expect(page.Locator("#matrix-title")).ToHaveTextAsync("Where governments stand as of 19 February 2025");
        foreach (var country in new[] { "POL", "ITA", "GBR" })
        {
            var cell = page.Locator($"td[data-country='{country}'][data-topic='troops-in-ukraine']");
            await Assertions.Expect(cell.Locator("button .stance")).ToBeVisibleAsync();
            await Assertions.Expect(cell).Not.ToHaveAttributeAsync("data-stale", "true");
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.ScreenshotPath("matrix-reference-article-1440"), FullPage = true });
    }
}
