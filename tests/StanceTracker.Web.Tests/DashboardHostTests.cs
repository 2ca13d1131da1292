using System.Net;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

public sealed class DashboardHostTests : IDisposable
{
    private readonly DashboardFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Matrix_page_renders_from_the_database()
    {
        SampleData.Seed(_factory.Database);
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/matrix?asOf=2025-03-01", TestContext.Current.CancellationToken);
        Assert.Contains("Where governments stand as of 1 March 2025", html, StringComparison.Ordinal);
        Assert.Contains("data-country=\"POL\" data-topic=\"troops-in-ukraine\"", html, StringComparison.Ordinal);
        Assert.Contains("stance-oppose", html, StringComparison.Ordinal);
        Assert.Contains("stance-support", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_before_any_statement_says_so()
    {
        SampleData.Seed(_factory.Database);
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/matrix?asOf=2020-01-01", TestContext.Current.CancellationToken);
        Assert.Contains("matrix-empty", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/data", "What the database holds")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", ".mud-")]
    [InlineData("/app.css", "--stance-oppose")]
    public async Task Pages_and_assets_are_served(string path, string expected)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_is_404()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_keep_answering_while_an_ingest_writes()
    {
        using var client = _factory.CreateClient();
        // The first render compiles and loads the page: done before the writes start, so that reads race writes.
        (await client.GetAsync("/matrix?asOf=2026-01-01", TestContext.Current.CancellationToken)).Dispose();
        var store = new SqliteArticleStore(_factory.Database);
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 400; i++)
            {
                store.Save(SampleData.Article(1000 + i, new DateOnly(2025, 1, 1).AddDays(i % 300), i % 2 == 0 ? "FRA" : "DEU",
                    "A minister", "sanctions-on-russia", Core.Classification.Stance.Support, $"The minister backed sanctions package {i}."));
            }
        }, TestContext.Current.CancellationToken);

        var reads = 0;
        while (!writer.IsCompleted)
        {
            using var response = await client.GetAsync("/matrix?asOf=2026-01-01", TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            Assert.DoesNotContain("database is locked", body, StringComparison.OrdinalIgnoreCase);
            reads++;
        }
        await writer;
        Assert.True(reads > 1, $"the reader ran during the writes ({reads} reads)");
        var final = await client.GetStringAsync("/matrix?asOf=2026-01-01", TestContext.Current.CancellationToken);
        Assert.Contains("data-country=\"FRA\" data-topic=\"sanctions-on-russia\"", final, StringComparison.Ordinal);
    }
}
