using System.Globalization;
using StanceTracker.Data.Alerts;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// The dashboard's alert settings, from its command line or configuration: <c>--smtp-host</c>, <c>--smtp-port</c>,
/// <c>--smtp-from</c>, <c>--smtp-user</c> (password from STANCETRACKER_SMTP_PASSWORD), <c>--smtp-starttls</c>,
/// <c>--dashboard-url</c> (the address alert links point to) and <c>--alerts-every</c> (minutes between dispatch runs).
/// Without an SMTP host, email follows wait; webhook follows are always served.
/// </summary>
public sealed record DashboardAlertOptions(AlertSettings Settings, TimeSpan Interval)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    /// <exception cref="DashboardOptionsException">A setting is unusable; the message names it.</exception>
    public static DashboardAlertOptions FromConfiguration(IConfiguration configuration, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        SmtpSettings? smtp = null;
        if (!string.IsNullOrWhiteSpace(configuration["smtp-host"]))
        {
            try
            {
                smtp = SmtpSettings.Create(configuration["smtp-host"]!, Number(configuration["smtp-port"], "--smtp-port"), configuration["smtp-from"],
                    configuration["smtp-user"], string.Equals(configuration["smtp-starttls"], "true", StringComparison.OrdinalIgnoreCase), environment);
            }
            catch (ArgumentException e)
            {
                throw new DashboardOptionsException(e.Message);
            }
        }
        return new DashboardAlertOptions(new AlertSettings(smtp, DashboardUrl(configuration)), ParseInterval(configuration["alerts-every"]));
    }

    private static int? Number(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : throw new DashboardOptionsException($"{name} '{text}': expected a whole number");

    private static TimeSpan ParseInterval(string? text) => Number(text, "--alerts-every") switch
    {
        null => DefaultInterval,
        >= 1 and <= 1440 and var minutes => TimeSpan.FromMinutes(minutes),
        var other => throw new DashboardOptionsException($"--alerts-every {other}: expected minutes between 1 and 1440"),
    };

    /// <summary>The address given, else the first the dashboard listens on (a wildcard host read as 127.0.0.1), else the default.</summary>
    private static Uri DashboardUrl(IConfiguration configuration)
    {
        if (configuration["dashboard-url"] is { Length: > 0 } given)
        {
            return Uri.TryCreate(given, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new DashboardOptionsException($"--dashboard-url '{given}': expected an absolute http or https URL");
        }
        var first = configuration[WebHostDefaults.ServerUrlsKey]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var listening = first?.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        return Uri.TryCreate(listening, UriKind.Absolute, out var address) ? address : AlertSettings.DefaultDashboard;
    }
}

/// <summary>Runs the alert dispatcher every <see cref="DashboardAlertOptions.Interval"/> while the dashboard is up.</summary>
public sealed class AlertDispatchService(AlertDispatcher dispatcher, DashboardAlertOptions options, TimeProvider time, ILogger<AlertDispatchService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits one interval too: start-up (the demo build, the catalogue) is not slowed, and a follow made
        // at start-up has nothing new yet anyway.
        using var timer = new PeriodicTimer(options.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var report = await dispatcher.RunAsync(options.Settings, stoppingToken).ConfigureAwait(false);
                foreach (var failed in report.Follows.Where(f => f.Failed))
                {
                    log.LogWarning("Alert follow #{Follow} ({Channel}): {Shifts} shift(s) not delivered: {Error}",
                        failed.Follow.Id, failed.Follow.Channel.ToId(), failed.Shifts, failed.Error);
                }
                if (report.Sent > 0)
                {
                    log.LogInformation("Alerts: {Sent} shift(s) sent", report.Sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A run that fails (the database busy or gone for a moment) is tried again at the next tick.
                log.LogError(e, "Alert dispatch run failed; trying again in {Interval}", options.Interval);
            }
        }
    }
}

public static class AlertHosting
{
    /// <summary>The alerts page's workflow and the dispatch every few minutes; the store and dispatcher come from AddStanceTracker.</summary>
    public static IServiceCollection AddDashboardAlerts(this IServiceCollection services, DashboardAlertOptions options)
    {
        services.AddSingleton(options);
        services.AddScoped<AlertsWorkflow>();
        services.AddHostedService<AlertDispatchService>();
        return services;
    }
}
