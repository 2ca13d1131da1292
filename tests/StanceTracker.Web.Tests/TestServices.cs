using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data;
using StanceTracker.Data.Composition;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests;

/// <summary>The application's services as the hosts compose them, on a database file of a test's own.</summary>
internal static class TestServices
{
    /// <summary>The checkout's data folder.</summary>
    public static DataPaths Checkout => new(ProjectPaths.DataDirectory);

    /// <summary>No actor catalogue is loaded into the database: the tests seed their own invented world.</summary>
    public static StanceTrackerOptions Options(string databasePath) =>
        new(ProjectPaths.DataDirectory) { DatabasePath = databasePath, LoadCatalogue = false };

    public static ServiceProvider On(string databasePath) => new ServiceCollection().AddStanceTracker(Options(databasePath)).BuildServiceProvider();

    /// <summary>
    /// The dashboard's demo-database builder for component tests, never started: given a corpus it stays "building",
    /// as it is on a first run until the classifier is trained and the articles are read.
    /// </summary>
    public static IServiceCollection AddIdleDemoBuilder(this IServiceCollection services, string databasePath, string? demoCorpus = null)
    {
        services.AddLogging();
        services.AddSingleton(new DashboardOptions(databasePath, demoCorpus) { DataDirectory = ProjectPaths.DataDirectory, LoadCatalogue = false });
        services.AddSingleton<StanceModels>();
        services.AddSingleton<DemoDatabaseBuilder>();
        return services;
    }
}
