using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>The statements, review and ingest workflows and the data API.</summary>
public static class WorkflowServices
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        // TryAdd: the dashboard's own registrations may list the shared queries too.
        services.TryAddSingleton<MatrixQuery>();
        services.TryAddSingleton<TimelineQuery>();
        services.TryAddSingleton<StatementListQuery>();
        services.TryAddSingleton<ReviewQueueQuery>();
        services.TryAddSingleton<TrainingExportQuery>();
        services.TryAddSingleton<CatalogueQuery>();
        services.TryAddSingleton<ReviewStore>();
        services.TryAddSingleton<TopicStore>();
        services.TryAddSingleton(_ => CountryDirectory.Load(StanceTracker.Data.ProjectPaths.CountriesFile));
        services.TryAddSingleton<ArticleIngestor>();
        services.TryAddSingleton<ArticleIngest>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
