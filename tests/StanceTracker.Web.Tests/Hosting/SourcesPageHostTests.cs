using System.Net;
using Microsoft.Extensions.Configuration;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>
/// The /sources page as the real host prerenders it: its add form offered on a loopback-only dashboard without
/// sign-in, and withheld (with the reason) from anonymous visitors of one that listens beyond this computer; and the
/// <c>--watch</c> option that turns the host's polling off.
/// </summary>
public sealed class SourcesPageHostTests
{
    private static async Task<string> GetAsync(DashboardFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/sources", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    [Fact]
    public async Task A_loopback_dashboard_offers_the_add_form_and_says_it_polls()
    {
        await using var factory = new DashboardFactory();

        var html = await GetAsync(factory);

        Assert.Contains("data-testid=\"source-add\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sources-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("This dashboard polls them", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_reachable_beyond_this_computer_without_sign_in_shows_sources_read_only()
    {
        await using var factory = new DashboardFactory
        {
            Options = path => new DashboardOptions(path, null)
            {
                DataDirectory = Data.ProjectPaths.DataDirectory, LoadCatalogue = false, Transformer = TransformerMode.Off, LoopbackOnly = false, Watch = false,
            },
        };

        var html = await GetAsync(factory);

        Assert.DoesNotContain("data-testid=\"source-add\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sources-refused\"", html, StringComparison.Ordinal);
        Assert.Contains("read-only", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sources-not-watching\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    public void Watch_is_on_unless_turned_off(string? value, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["watch"] = value }).Build();

        Assert.Equal(expected, DashboardOptions.FromConfiguration(configuration, Data.ProjectPaths.DataDirectory).Watch);
    }

    [Fact]
    public void A_watch_value_that_is_neither_on_nor_off_is_refused_by_name()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["watch"] = "sometimes" }).Build();

        var error = Assert.Throws<DashboardOptionsException>(() => DashboardOptions.FromConfiguration(configuration, Data.ProjectPaths.DataDirectory));
        Assert.Contains("--watch 'sometimes'", error.Message, StringComparison.Ordinal);
    }
}
