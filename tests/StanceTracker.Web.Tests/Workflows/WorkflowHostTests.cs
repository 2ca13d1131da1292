using System.Net;
using System.Text.Json;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>The workflow pages and the data API as the server renders them.</summary>
public sealed class WorkflowHostTests : IDisposable
{
    private readonly DashboardFactory _factory = new();
    private readonly HttpClient _client;

    public WorkflowHostTests()
    {
        WorkflowData.Seed(_factory.Database);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Statements_page_prerenders_rows_with_filters_from_the_address()
    {
        var html = await _client.GetStringAsync("/statements?country=POL&sort=%2Bdate", Cancel);
        Assert.Contains("of 4 statement positions", html, StringComparison.Ordinal);
        Assert.Contains("Polish Prime Minister Donald Tusk ruled out sending troops, for the 1th time.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Macron said", html, StringComparison.Ordinal);
        Assert.Contains("href=\"leaders/emmanuel-macron\"", await _client.GetStringAsync("/statements?q=Macron", Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_markup_in_statements_is_encoded_and_javascript_links_are_not_rendered()
    {
        var html = await _client.GetStringAsync("/statements?q=alert", Cancel);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("Hostile &lt;b&gt;headline&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"troops\" OR 1=1; DROP TABLE statements;--")]
    [InlineData("'")]
    [InlineData("*")]
    [InlineData("\"troops")]
    [InlineData("troops\"")]
    [InlineData("NEAR(troops) OR text:*")]
    public async Task Search_with_quotes_and_sql_fragments_answers_without_error(string text)
    {
        var query = Uri.EscapeDataString(text);
        using var page = await _client.GetAsync($"/statements?q={query}", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var api = await _client.GetAsync($"/api/statements?q={query}", Cancel);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Cancel));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(7, new Data.Sqlite.SqliteStatsQuery(_factory.Database).Get().Statements);
    }

    [Fact]
    public async Task Quoted_words_are_found()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/statements?q=%22troops%22", Cancel));
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/statements?from=2025-13-01", "from '2025-13-01' is not a date")]
    [InlineData("/api/statements?to=yesterday", "to 'yesterday' is not a date")]
    [InlineData("/api/statements?stance=maybe", "stance 'maybe'")]
    [InlineData("/api/statements?minConfidence=2", "minConfidence '2'")]
    [InlineData("/api/statements?format=xml", "format 'xml'")]
    [InlineData("/api/matrix?asOf=01/03/2025", "asOf '01/03/2025' is not a date")]
    [InlineData("/api/matrix?region=Narnia", "region 'Narnia'")]
    [InlineData("/api/timeline?actor=tusk", "topic is required")]
    [InlineData("/api/timeline?topic=troops-in-ukraine&actor=x&country=POL", "not both")]
    public async Task Bad_input_is_a_400_saying_what_is_wrong(string path, string message)
    {
        using var response = await _client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_size_is_capped_and_pages_follow()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/statements?pageSize=100000&page=1", Cancel));
        Assert.Equal(500, json.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("rows").GetArrayLength());
        using var second = JsonDocument.Parse(await _client.GetStringAsync("/api/statements?pageSize=5&page=2", Cancel));
        Assert.Equal(2, second.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Statements_csv_has_every_filtered_row_and_formula_cells_are_defused()
    {
        using var response = await _client.GetAsync("/api/statements?format=csv&country=DEU", Cancel);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync(Cancel);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("statement_id,position_id,date,speaker", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("'=1+1 is what", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_api_gives_json_and_csv_with_the_region_filter()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/matrix?asOf=2025-03-01&region=EU", Cancel));
        var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("country").GetString() == "POL" && c.GetProperty("stance").GetString() == "oppose");
        Assert.DoesNotContain(cells, c => c.GetProperty("country").GetString() == "GBR");

        var csv = await _client.GetStringAsync("/api/matrix?asOf=2025-03-01&format=csv&window=30", Cancel);
        Assert.StartsWith("country,country_name,topic,stance", csv, StringComparison.Ordinal);
        Assert.Contains("GBR,United Kingdom,security-guarantees,support", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_api_answers_for_a_country_and_for_an_actor()
    {
        using var country = JsonDocument.Parse(await _client.GetStringAsync("/api/timeline?topic=troops-in-ukraine&country=FRA", Cancel));
        Assert.Equal("support", country.RootElement.GetProperty("steps")[0].GetProperty("stance").GetString());
        var csv = await _client.GetStringAsync("/api/timeline?topic=troops-in-ukraine&actor=Donald%20Tusk&format=csv", Cancel);
        Assert.Equal(5, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        using var missing = await _client.GetAsync("/api/timeline?topic=troops-in-ukraine&actor=Nobody%20Known", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Review_page_lists_the_least_confident_flagged_positions_first_and_training_tsv_has_the_reviews()
    {
        var html = await _client.GetStringAsync("/review", Cancel);
        Assert.Contains("Review queue: 2 waiting", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Macron said nothing", StringComparison.Ordinal) < html.IndexOf("onerror=alert", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);

        using var connection = _factory.Database.OpenConnection();
        var position = Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT id FROM positions WHERE confidence = 0.35");
        new SqliteReviewStore(_factory.Database).CorrectStance(position, Core.Classification.Stance.Open, "analyst", "hedged", DateTimeOffset.UtcNow);
        using var tsv = await _client.GetAsync("/api/reviews/training.tsv", Cancel);
        Assert.Equal("text/tab-separated-values", tsv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("topic\ttext\n".Replace("\ttext", "\tstance\ttext", StringComparison.Ordinal)
            + "troops-in-ukraine\topen\tMacron said nothing should be ruled out, including troops.\n", await tsv.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/review", "Review queue")]
    [InlineData("/ingest", "Paste an article")]
    [InlineData("/statements?from=not-a-date", "Showing all statements instead")]
    public async Task Workflow_pages_render(string path, string expected)
    {
        var html = await _client.GetStringAsync(path, Cancel);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/statements")]
    [InlineData("/statements")]
    [InlineData("/review")]
    [InlineData("/ingest")]
    public async Task A_post_without_an_antiforgery_token_changes_nothing(string path)
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("text", "injected")]);
        using var response = await _client.PostAsync(path, content, Cancel);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.MethodNotAllowed });
        Assert.Equal(7, new Data.Sqlite.SqliteStatsQuery(_factory.Database).Get().Statements);
    }
}
