using StanceTracker.Data.Sources;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// The dashboard host's <c>stancetracker watch</c>: polls the news sources as they fall due (<see cref="SourcePoller"/>),
/// once the demo database is ready, looking again at least every minute for sources added by the CLI, and at once when
/// the /sources page adds one (<see cref="Nudge"/>). With no sources it only looks; <c>--watch off</c> stops it.
/// Each poll is published (<see cref="Polled"/>) so an open /sources page shows the new status.
/// </summary>
public sealed class SourceWatch(DashboardOptions options, SourcePoller poller, DemoDatabaseBuilder builder, ILogger<SourceWatch> logger) : BackgroundService
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Raised after each source's poll, on the watch's thread.</summary>
    public event Action<SourcePollResult>? Polled;

    public bool Enabled => options.Watch;

    /// <summary>Polls the due sources now rather than at the next look (a source was just added).</summary>
    public void Nudge()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A nudge is already waiting: one poll round serves both.
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Watch ? Task.Run(() => RunAsync(stoppingToken), stoppingToken) : Task.CompletedTask;

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await builder.Completion.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await poller.PollDueAsync(Publish, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store itself failed (a full disk, a lost server): say so and try again at the next look.
                    logger.LogError(e, "Polling the news sources failed; trying again in a minute");
                }
                var now = DateTimeOffset.UtcNow;
                var wait = poller.NextDue() is { } due && due - now < Recheck ? due - now : Recheck;
                await _wake.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: the source being polled keeps what it stored and stays due.
        }
    }

    private void Publish(SourcePollResult result)
    {
        if (result.Record.Error is { } error)
        {
            logger.LogWarning("News source #{Id} {Name} failed ({Failures} in a row): {Error}", result.Source.Id, result.Source.Name, result.Record.ConsecutiveFailures, error);
        }
        else
        {
            logger.LogInformation("News source #{Id} {Name}: {Line}", result.Source.Id, result.Source.Name, NewsSourceStatus.PollLine(result));
        }
        Polled?.Invoke(result);
    }
}
