using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>The statements, review and ingest workflows; the queries and stores they use come from AddStanceTracker.</summary>
public static class WorkflowServices
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<ArticleIngest>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeFeed>();
        return services;
    }
}
