using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StanceTracker.Data.Alerts;

/// <summary>The alerts' part of AddStanceTracker: the engine's store is registered with the engine.</summary>
public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AlertFollows>();
        services.AddSingleton<IAlertSender, EmailAlertSender>();
        // One client for every webhook send: it pools connections and never follows redirects.
        services.AddSingleton<IAlertSender>(_ => new WebhookAlertSender(WebhookAlertSender.CreateClient()));
        services.AddSingleton<AlertDispatcher>();
        return services;
    }
}
