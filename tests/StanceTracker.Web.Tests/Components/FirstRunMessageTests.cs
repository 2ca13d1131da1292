using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using StanceTracker.Data.Composition;
using StanceTracker.Web.Components.Pages.Matrix;
using StanceTracker.Web.Components.Pages.Statements;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Components;

/// <summary>An empty page says why it is empty: on a first run the demo database is still being built, not missing.</summary>
public sealed class FirstRunMessageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-firstrun-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
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

    private BunitContext Context(bool building)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        var database = Path.Combine(_folder, "empty.db");
        context.Services.AddStanceTracker(TestServices.Options(database));
        context.Services.AddWorkflows();
        context.Services.AddIdleDemoBuilder(database, building ? Path.Combine(_folder, "corpus") : null);
        return context;
    }

    private static IRenderedComponent<TPage> RenderAt<TPage>(BunitContext context, string uri) where TPage : IComponent
    {
        context.Render<MudPopoverProvider>();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return context.Render<TPage>();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Empty_matrix_says_the_demo_database_is_building_rather_than_asking_for_articles(bool building)
    {
        await using var context = Context(building);
        Assert.Equal(building, context.Services.GetRequiredService<DemoDatabaseBuilder>().Status.IsBuilding);

        var text = RenderAt<MatrixPage>(context, "matrix").Find("[data-testid=matrix-empty]").TextContent;

        Assert.Equal(building, text.Contains("still being built", StringComparison.Ordinal));
        Assert.Equal(!building, text.Contains("add articles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Empty_statements_page_says_the_demo_database_is_building_rather_than_asking_for_articles(bool building)
    {
        await using var context = Context(building);

        var text = RenderAt<StatementsPage>(context, "statements").Find("[data-testid=statements-empty]").TextContent;

        Assert.Equal(building, text.Contains("still being built", StringComparison.Ordinal));
        Assert.Equal(!building, text.Contains("add articles", StringComparison.Ordinal));
    }
}
