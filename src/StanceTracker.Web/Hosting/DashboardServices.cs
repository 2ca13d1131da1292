using StanceTracker.Data.Composition;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Web.Hosting;

public static class DashboardServices
{
    /// <summary>What the CLI has too (<see cref="StanceTrackerServices.AddStanceTracker(IServiceCollection, StanceTrackerOptions)"/>), and the dashboard's own model handling and demo build.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, DashboardOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<StanceModels>();
        // Before AddStanceTracker, which then keeps it: the dashboard analyses with whichever model is active.
        services.AddSingleton<IArticleAnalyzer>(sp => sp.GetRequiredService<StanceModels>().Analyzer);
        // From the registered options rather than the argument: test hosts replace DashboardOptions. The engine is known
        // now, from the --db the dashboard was started with (a Host=... connection string means PostgreSQL).
        services.AddStanceTracker(sp => sp.GetRequiredService<DashboardOptions>().Tracker, StoreEngines.Of(options.Tracker));
        services.AddSingleton<DemoDatabaseBuilder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoDatabaseBuilder>());
        services.AddSingleton<ModelUpgrade>();
        services.AddSingleton(_ => new MeasuredFigures());
        services.AddHostedService(sp => sp.GetRequiredService<ModelUpgrade>());
        services.AddSingleton<SourceWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<SourceWatch>());
        return services;
    }
}
