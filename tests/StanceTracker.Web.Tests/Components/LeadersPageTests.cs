using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Components.Pages.Leaders;

namespace StanceTracker.Web.Tests.Components;

public sealed class LeadersPageTests : IDisposable
{
    private readonly TempDashboardDatabase _db = new();

    public LeadersPageTests() => SampleWorld.Seed(_db.Database);

    public void Dispose() => _db.Dispose();

    private BunitContext Context()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddSingleton(_db.Database);
        context.Services.AddSingleton<ILeaderQuery, SqliteLeaderQuery>();
        context.Services.AddSingleton<ITimelineQuery, SqliteTimelineQuery>();
        context.Services.AddSingleton<ITopicStore, SqliteTopicStore>();
        context.Services.AddSingleton(new CountryDirectory([new Country("POL", "Poland", [], [], [], null, ["EU", "NATO"]), new Country("FRA", "France", [], [], [], null, ["EU", "NATO", "G7"])]));
        return context;
    }

    /// <summary>Query parameters come from the address, as in the app.</summary>
    private static IRenderedComponent<TPage> RenderAt<TPage>(BunitContext context, string uri, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(uri);
        return parameters is null ? context.Render<TPage>() : context.Render<TPage>(parameters);
    }

    private static List<string> Names(IRenderedComponent<LeadersPage> page) =>
        page.FindAll("a.leader-link").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task Filters_by_name_country_and_office()
    {
        await using var context = Context();
        Assert.Equal(["Emmanuel Macron", "Donald Tusk", "Jan Kowalski", "Radosław Sikorski"], Names(context.Render<LeadersPage>()));
        Assert.Equal(["Donald Tusk"], Names(RenderAt<LeadersPage>(context, "leaders?q=tusk")));
        Assert.Equal(["Donald Tusk", "Jan Kowalski", "Radosław Sikorski"], Names(RenderAt<LeadersPage>(context, "leaders?country=POL")));
        Assert.Equal(["Radosław Sikorski"], Names(RenderAt<LeadersPage>(context, "leaders?country=POL&office=" + Offices.ForeignMinister)));
    }

    [Fact]
    public async Task Links_catalogue_actors_by_id_and_other_speakers_by_key()
    {
        await using var context = Context();
        var page = context.Render<LeadersPage>();
        var hrefs = page.FindAll("a.leader-link").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("leaders/donald-tusk", hrefs["Donald Tusk"]);
        Assert.Equal("leaders/by-key?key=name%3Ajan%20kowalski%7CPOL", hrefs["Jan Kowalski"]);
        Assert.Contains("Poland", page.Find("tr[data-key='donald-tusk']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_match_says_so_with_the_filters()
    {
        await using var context = Context();
        var page = RenderAt<LeadersPage>(context, "leaders?q=nobody&country=FRA");
        Assert.Contains("No leader matches “nobody” in France", page.Find("[data-testid=leaders-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leader_page_shows_roles_positions_shifts_and_quotes()
    {
        await using var context = Context();
        var page = RenderAt<LeaderPage>(context, "leaders/emmanuel-macron?asOf=2025-06-01", p => p.Add(x => x.Id, "emmanuel-macron"));
        Assert.Equal("Emmanuel Macron", page.Find("[data-testid=leader-name]").TextContent);
        Assert.Contains("President", page.Find("[data-testid=leader-terms]").TextContent, StringComparison.Ordinal);
        Assert.Contains("stance-support", page.Find("[data-testid=leader-positions] tr[data-topic='troops-in-ukraine']").InnerHtml, StringComparison.Ordinal);
        Assert.Single(page.FindAll("[data-testid=leader-shift]"));
        Assert.Equal(2, page.FindAll("[data-testid=statement-quote]").Count);
    }

    [Fact]
    public async Task Leader_page_for_an_uncatalogued_speaker_by_key()
    {
        await using var context = Context();
        var page = RenderAt<LeaderPage>(context, "leaders/by-key?key=" + Uri.EscapeDataString("name:jan kowalski|POL"));
        Assert.Equal("Jan Kowalski", page.Find("[data-testid=leader-name]").TextContent);
        Assert.Contains("not in the actor catalogue", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01", true)]
    [InlineData("yesterday", true)]
    [InlineData("2025-06-01", false)]
    public async Task Leader_page_names_a_bad_date_in_the_address_instead_of_falling_back_silently(string asOf, bool bad)
    {
        await using var context = Context();
        var page = RenderAt<LeaderPage>(context, "leaders/emmanuel-macron?asOf=" + Uri.EscapeDataString(asOf), p => p.Add(x => x.Id, "emmanuel-macron"));

        var errors = page.FindAll("[data-testid=leader-address-error]");
        Assert.Equal(bad ? 1 : 0, errors.Count);
        if (bad)
        {
            Assert.Contains($"asOf '{asOf}' is not a date in the form YYYY-MM-DD", errors[0].TextContent, StringComparison.Ordinal);
        }
    }
}
