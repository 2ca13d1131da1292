using StanceTracker.Data;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Hosting;

public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, DashboardOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => DatabaseSetup.OpenForIngest(options.DatabasePath));
        services.AddSingleton<DemoDatabaseBuilder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoDatabaseBuilder>());
        services.AddSingleton<MatrixQuery>();
        services.AddSingleton<StatsQuery>();
        services.AddSingleton<StatementSearch>();
        return services;
    }
}
