using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Hosting;

public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, DashboardOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => DatabaseSetup.OpenForIngest(options.DatabasePath, loadCatalogue: options.LoadCatalogue));
        services.AddSingleton(_ => StanceModelKinds.BuiltInRegistry(options.TransformerSettings));
        services.AddSingleton<StanceModels>();
        services.AddSingleton(sp => sp.GetRequiredService<StanceModels>().Analyzer);
        services.AddSingleton<DemoDatabaseBuilder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoDatabaseBuilder>());
        services.AddSingleton<ModelUpgrade>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelUpgrade>());
        services.AddSingleton(_ => CountryDirectory.Load(ProjectPaths.CountriesFile));
        services.AddDashboardQueries();
        return services;
    }

    /// <summary>The read side: each page asks one of these, never the database.</summary>
    public static IServiceCollection AddDashboardQueries(this IServiceCollection services)
    {
        services.AddSingleton<MatrixQuery>();
        services.AddSingleton<CellEvidenceQuery>();
        services.AddSingleton<LeaderQuery>();
        services.AddSingleton<TimelineQuery>();
        services.AddSingleton<ShiftQuery>();
        services.AddSingleton<StatsQuery>();
        services.AddSingleton<StatementSearch>();
        services.AddSingleton<TopicStore>();
        return services;
    }
}
