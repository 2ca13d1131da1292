using System.Text.Json;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>The statement ten outlets carried, as the data API and the prerendered statements page give it.</summary>
public sealed class WireCopyHostTests : IDisposable
{
    private readonly DashboardFactory _factory = new();
    private readonly HttpClient _client;

    public WireCopyHostTests()
    {
        WireCopyWorld.Seed(_factory.Database);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_gives_one_row_with_ten_outlets_and_ten_reports_in_json_and_csv()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/statements", Cancel));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray().ToList());
        Assert.Equal((10, 10), (row.GetProperty("outlets").GetInt32(), row.GetProperty("reports").GetInt32()));
        // The further reports themselves are the page's to list, not the row's.
        Assert.False(row.TryGetProperty("reach", out _));

        var csv = (await _client.GetStringAsync("/api/statements?format=csv", Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",outlets,reports", csv[0], StringComparison.Ordinal);
        Assert.Equal(2, csv.Length);
        Assert.EndsWith(",10,10", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statements_page_prerenders_reported_by_ten_outlets()
    {
        var html = await _client.GetStringAsync("/statements", Cancel);
        Assert.Contains("reported by 10 outlets", html, StringComparison.Ordinal);
        Assert.Equal(9, html.Split("data-testid=\"statement-report\"").Length - 1);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
    }
}
