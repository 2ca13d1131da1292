using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Composition;

/// <summary>The one registration the CLI, the dashboard and the tests share: everything is a singleton of the container, nothing a static.</summary>
public static class StanceTrackerServices
{
    public static IServiceCollection AddStanceTracker(this IServiceCollection services, StanceTrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddStanceTracker(_ => options);
    }

    /// <param name="options">Read once, when first needed: lets a host derive them from its own options, which tests may replace.</param>
    public static IServiceCollection AddStanceTracker(this IServiceCollection services, Func<IServiceProvider, StanceTrackerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<StanceTrackerOptions>(options);
        services.AddSingleton(sp => new DataPaths(sp.GetRequiredService<StanceTrackerOptions>().DataDirectory));
        services.AddSingleton(sp => LoadCatalog(sp.GetRequiredService<DataPaths>()));
        services.AddSingleton(sp => CountryDirectory.Load(sp.GetRequiredService<DataPaths>().CountriesFile));
        services.AddSingleton(sp => ModelsOf(sp.GetRequiredService<StanceTrackerOptions>()));
        services.AddSingleton<StanceClassifiers>();
        services.AddSingleton<ArticleAnalyzers>();
        // TryAdd: a host that swaps models at run time (the dashboard) registers its own analyser first.
        services.TryAddSingleton(sp => sp.GetRequiredService<ArticleAnalyzers>().Create());
        services.AddSingleton<DatabaseSetup>();
        services.AddSingleton(sp => sp.GetRequiredService<DatabaseSetup>().Open());
        services.AddSingleton<ArticleIngestor>();

        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ActorStore>();
        services.AddSingleton<TopicStore>();
        services.AddSingleton<PositionReplacement>();

        services.AddSingleton<CatalogueQuery>();
        services.AddSingleton<CellEvidenceQuery>();
        services.AddSingleton<ExportQuery>();
        services.AddSingleton<LeaderQuery>();
        services.AddSingleton<MatrixQuery>();
        services.AddSingleton<PositionDatesQuery>();
        services.AddSingleton<ReviewQueueQuery>();
        services.AddSingleton<ShiftQuery>();
        services.AddSingleton<StatementListQuery>();
        services.AddSingleton<StatementSearch>();
        services.AddSingleton<StatsQuery>();
        services.AddSingleton<TimelineQuery>();
        services.AddSingleton<TrainingExportQuery>();
        services.AddSingleton<UnknownSpeakersQuery>();
        return services;
    }

    private static StanceModelRegistry ModelsOf(StanceTrackerOptions options) =>
        options.Models ?? StanceModelKinds.BuiltInRegistry(options.TransformerSettings);

    /// <summary>Empty when the catalogue file is missing: speakers then stay unknown.</summary>
    private static ActorCatalog LoadCatalog(DataPaths paths) =>
        File.Exists(paths.ActorsFile) ? ActorCatalog.Load(paths.ActorsFile, paths.CountriesFile) : ActorCatalog.Empty;
}
