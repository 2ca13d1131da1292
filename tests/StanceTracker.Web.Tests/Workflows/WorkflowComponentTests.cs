using Bunit;
using Dapper;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Sqlite;
using StanceTracker.Web.Components.Pages.Ingest;
using StanceTracker.Web.Components.Pages.Review;
using StanceTracker.Web.Components.Pages.Statements;
using StanceTracker.Web.Components.Shared;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>The workflow components rendered by bUnit against a real temporary database.</summary>
public sealed class WorkflowComponentTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-bunit-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly SqliteDatabase _database;
    private readonly BunitContext _context = new();

    public WorkflowComponentTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddStanceTracker(TestServices.Options(Path.Combine(_folder, "bunit.db")));
        _context.Services.AddWorkflows();
        _context.Services.AddIdleDemoBuilder(Path.Combine(_folder, "bunit.db"));
        // Anonymous, as the single local analyst: the dashboard's default (SQLite on loopback) lets them review.
        _context.AddAuthorization();
        _database = _context.Services.GetRequiredService<SqliteDatabase>();
        WorkflowData.Seed(_database);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private IRenderedComponent<T> RenderAt<T>(string uri) where T : IComponent
    {
        _context.Render<MudPopoverProvider>();
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return _context.Render<T>();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/x")]
    [InlineData("not a url")]
    public void Source_link_never_links_anything_but_http(string url)
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Headline").Add(l => l.Url, url));
        Assert.Empty(link.FindAll("a"));
        Assert.Equal("Headline", link.Find("span").TextContent);
    }

    [Fact]
    public void Source_link_links_http_addresses_away_from_the_dashboard()
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Headline").Add(l => l.Url, "https://example.test/a?b=1"));
        var anchor = link.Find("a");
        Assert.Equal("https://example.test/a?b=1", anchor.GetAttribute("href"));
        Assert.Contains("noopener", anchor.GetAttribute("rel"), StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_page_shows_hostile_article_text_as_text()
    {
        var page = RenderAt<StatementsPage>("statements?q=alert");

        var text = page.Find("[data-testid=statement-text]");
        Assert.Equal(WorkflowData.ScriptText, text.TextContent);
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("img"));
        Assert.Empty(page.FindAll("[onerror]"));
        Assert.DoesNotContain(page.FindAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Statements_page_reads_its_filters_from_the_address_and_links_exports_to_them()
    {
        var page = RenderAt<StatementsPage>("statements?topic=troops-in-ukraine&stance=support&needsReview=true");

        var row = Assert.Single(page.FindAll("tbody tr"));
        Assert.Contains("Macron said nothing", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("leaders/emmanuel-macron", row.QuerySelector("a")!.GetAttribute("href"));
        var csv = page.Find("[data-testid=export-csv]").GetAttribute("href")!;
        Assert.Contains("api/statements?", csv, StringComparison.Ordinal);
        Assert.Contains("topic=troops-in-ukraine", csv, StringComparison.Ordinal);
        Assert.Contains("stance=support", csv, StringComparison.Ordinal);
        Assert.Contains("needsReview=true", csv, StringComparison.Ordinal);
        Assert.Contains("format=csv", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Sorting_by_confidence_puts_the_address_in_step()
    {
        var page = RenderAt<StatementsPage>("statements");
        page.Find("[data-testid=sort-confidence]").Click();
        Assert.Contains("sort=%2Bconfidence", _context.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_takes_the_position_out_of_the_queue_and_records_the_reviewer()
    {
        var page = RenderAt<ReviewPage>("review");
        Assert.Equal(2, page.FindAll("[data-testid=review-item]").Count);

        page.FindAll("[data-testid=accept]")[0].Click();

        Assert.Single(page.FindAll("[data-testid=review-item]"));
        Assert.Contains("Accepted", page.Find("[data-testid=review-message]").TextContent, StringComparison.Ordinal);
        using var connection = _database.OpenConnection();
        Assert.Equal("analyst", connection.ExecuteScalar<string>("SELECT reviewer FROM reviews WHERE field = 'accept'"));
    }

    [Fact]
    public void A_correction_without_a_reason_is_refused_and_stores_nothing()
    {
        var page = RenderAt<ReviewPage>("review");

        page.FindAll("[data-testid=save-correction]")[0].Click();

        Assert.Equal(2, page.FindAll("[data-testid=review-item]").Count);
        Assert.Contains("Choose a speaker, topic or stance", page.Markup, StringComparison.Ordinal);
        using var connection = _database.OpenConnection();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM reviews"));
    }

    [Fact]
    public void Review_context_shows_the_statement_inside_its_article_as_text()
    {
        var page = RenderAt<ReviewPage>("review");
        var contexts = page.FindAll("[data-testid=review-context]");
        var context = contexts[^1];
        Assert.Contains("Earlier context for item 200.", context.TextContent, StringComparison.Ordinal);
        Assert.Equal(WorkflowData.ScriptText, context.QuerySelector("mark")!.TextContent);
        Assert.Empty(page.FindAll("script"));
    }

    [Fact]
    public void Pasting_an_article_stores_it_and_says_how_many_statements_were_found()
    {
        var page = RenderAt<IngestPage>("ingest");
        page.Find("textarea").Change("Prime Minister Jonas Gahr Støre said Norway would consider sending troops.\n\nMore text.");
        page.Find("input[maxlength='500']").Change("Norway weighs troops");
        page.Find("[data-testid=paste-submit]").Click();

        // The first analysis in a process loads (on a fresh checkout: trains) the classifier: allow for it.
        page.WaitForAssertion(() => Assert.Contains("Stored as article", page.Find("[data-testid=ingest-summary]").TextContent, StringComparison.Ordinal), TimeSpan.FromMinutes(5));
        Assert.Matches(@"\d+ statements? found", page.Find("[data-testid=ingest-summary]").TextContent);
        Assert.StartsWith("statements?article=", page.Find("[data-testid=ingest-statements-link]").GetAttribute("href"), StringComparison.Ordinal);
        using var connection = _database.OpenConnection();
        Assert.Equal("Norway weighs troops", connection.ExecuteScalar<string>("SELECT title FROM articles ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public void Pasting_nothing_asks_for_text()
    {
        var page = RenderAt<IngestPage>("ingest");
        page.Find("[data-testid=paste-submit]").Click();
        Assert.Contains("Paste the article text first", page.Find("[data-testid=paste-error]").TextContent, StringComparison.Ordinal);
    }
}
