using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>The statements, review and ingest workflows; the queries and stores they use come from AddStanceTracker.</summary>
public static class WorkflowServices
{
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddSingleton<ArticleIngest>();
        services.AddSingleton<NewsSourceDesk>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChangeFeed>();
        // Who may write is decided on the server, per circuit or request: the recorder asks the circuit's user.
        services.TryAddSingleton(sp => new DashboardAccess(sp.GetRequiredService<DashboardOptions>()));
        services.TryAddScoped<DashboardUser>();
        services.AddScoped<ReviewRecorder>();
        return services;
    }
}
