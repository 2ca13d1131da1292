using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Alerts;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Postgres;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Data.Composition;

/// <summary>The one registration the CLI, the dashboard and the tests share: everything is a singleton of the container, nothing a static.</summary>
public static class StanceTrackerServices
{
    public static IServiceCollection AddStanceTracker(this IServiceCollection services, StanceTrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddStanceTracker(_ => options, StoreEngines.Of(options));
    }

    /// <param name="options">Read once, when first needed: lets a host derive them from its own options, which tests may replace.</param>
    /// <param name="engine">The engine the options' database needs; a host that reads its options late knows it from the same setting.</param>
    public static IServiceCollection AddStanceTracker(
        this IServiceCollection services, Func<IServiceProvider, StanceTrackerOptions> options, StoreEngine engine = StoreEngine.Sqlite)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<StanceTrackerOptions>(options);
        services.AddSingleton(sp => new DataPaths(sp.GetRequiredService<StanceTrackerOptions>().DataDirectory));
        services.AddSingleton(sp => LoadCatalog(sp.GetRequiredService<DataPaths>()));
        services.AddSingleton(sp => CountryDirectory.Load(sp.GetRequiredService<DataPaths>().CountriesFile));
        services.AddSingleton(sp => LoadEvidence(sp.GetRequiredService<DataPaths>()));
        services.AddSingleton(sp => ModelsOf(sp.GetRequiredService<StanceTrackerOptions>()));
        services.AddSingleton<StanceClassifiers>();
        services.AddSingleton<ArticleAnalyzers>();
        // TryAdd: a host that swaps models at run time (the dashboard) registers its own analyser first.
        services.TryAddSingleton(sp => sp.GetRequiredService<ArticleAnalyzers>().Create());
        services.AddSingleton<StoreSetup>();
        if (engine == StoreEngine.Postgres)
        {
            services.AddPostgresStore();
        }
        else
        {
            services.AddSqliteStore();
        }
        services.AddSingleton<ArticleIngestor>();
        services.AddAlerts();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new SourcePollerOptions());
        services.AddSingleton<FeedHttp>();
        services.AddSingleton<SourcePoller>();
        return services;
    }

    private static StanceModelRegistry ModelsOf(StanceTrackerOptions options) =>
        options.Models ?? StanceModelKinds.BuiltInRegistry(options.TransformerSettings);

    /// <summary>No topic is checked when the taxonomy file is missing.</summary>
    private static TopicEvidence LoadEvidence(DataPaths paths) =>
        File.Exists(paths.TopicsFile) ? new TopicEvidence(TopicCatalog.Load(paths.TopicsFile)) : TopicEvidence.None;

    /// <summary>Empty when the catalogue file is missing: speakers then stay unknown.</summary>
    private static ActorCatalog LoadCatalog(DataPaths paths) =>
        File.Exists(paths.ActorsFile) ? ActorCatalog.Load(paths.ActorsFile, paths.CountriesFile) : ActorCatalog.Empty;
}
