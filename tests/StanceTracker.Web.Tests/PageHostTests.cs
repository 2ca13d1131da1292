using System.Net;
using StanceTracker.Core.Attribution;

namespace StanceTracker.Web.Tests;

/// <summary>The new pages prerendered by the real host: filters from the address reach the queries.</summary>
public sealed class PageHostTests : IDisposable
{
    private readonly DashboardFactory _factory = new();

    public PageHostTests() => SampleWorld.Seed(_factory.Database);

    public void Dispose() => _factory.Dispose();

    private async Task<string> GetAsync(string path)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    [Fact]
    public async Task Matrix_names_countries_marks_disagreement_and_opens_the_cell_from_the_address()
    {
        var html = await GetAsync("/matrix?asOf=2025-03-01&country=POL&topic=troops-in-ukraine");
        Assert.Contains("Poland", html, StringComparison.Ordinal);
        Assert.Contains("data-disagreement=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cell-panel\"", html, StringComparison.Ordinal);
        Assert.Contains("Most senior speaker", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_region_lists_silent_members()
    {
        var html = await GetAsync("/matrix?asOf=2025-03-01&region=G7");
        Assert.Contains("data-country=\"JPN\"", html, StringComparison.Ordinal);
        Assert.Contains("data-country=\"FRA\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-country=\"POL\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_offers_every_region_group_the_country_file_defines()
    {
        var groups = CountryDirectory.Load(TestServices.Checkout.CountriesFile).Regions;
        Assert.Equal(7, groups.Count);
        var html = await GetAsync("/matrix?asOf=2025-03-01");
        foreach (var region in groups.Prepend("All"))
        {
            Assert.Contains($"data-region=\"{region}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/leaders?q=sikorski", "radoslaw-sikorski")]
    [InlineData("/leaders/donald-tusk?asOf=2025-03-01", "Prime Minister")]
    [InlineData("/leaders/by-key?key=name%3Ajan%20kowalski%7CPOL", "Jan Kowalski")]
    [InlineData("/timeline?topic=troops-in-ukraine&countries=FRA", "timeline-shift")]
    [InlineData("/timeline?topic=troops-in-ukraine&actors=Macron", "timeline-shift")]
    public async Task Pages_render_from_the_address(string path, string expected)
    {
        var html = await GetAsync(path);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_leader_says_so()
    {
        var html = await GetAsync("/leaders/nobody-at-all");
        Assert.Contains("leader-missing", html, StringComparison.Ordinal);
    }
}
