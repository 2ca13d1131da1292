using StanceTracker.Core.Articles;
using StanceTracker.Core.Classification;
using StanceTracker.Data;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// Brings the embedded default database in step with the demo corpus at start-up. On first run this builds it,
/// with progress in the log and on every page; later runs find every article stored already and finish at once.
/// Ingest is idempotent and per-article transactional, so an interrupted build completes on the next start.
/// </summary>
public sealed class DemoDatabaseBuilder(DashboardOptions options, IStanceStore database, IArticleStore articles, StanceModels models, ILogger<DemoDatabaseBuilder> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DemoBuildStatus _status = options.DemoCorpus is null ? DemoBuildStatus.NotNeeded : DemoBuildStatus.Pending;

    public event Action? Changed;

    /// <summary>Completes when the build is over (done, failed or not needed): what <see cref="ModelUpgrade"/> waits for.</summary>
    public Task Completion => _completion.Task;

    public DemoBuildStatus Status
    {
        get { lock (_gate) { return _status; } }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.DemoCorpus is not { } corpus)
        {
            _completion.TrySetResult();
            return Task.CompletedTask;
        }
        // Off the start-up path: the dashboard answers (showing progress) while the corpus is read.
        return Task.Run(() =>
        {
            try
            {
                Build(corpus, stoppingToken);
            }
            finally
            {
                _completion.TrySetResult();
            }
        }, stoppingToken);
    }

    private void Build(string corpus, CancellationToken stoppingToken)
    {
        if (!Directory.Exists(corpus))
        {
            Publish(DemoBuildStatus.Failed($"demo corpus folder '{corpus}' not found"));
            logger.LogWarning("Demo corpus folder {Corpus} not found; serving {Database} as it is", corpus, database.Location);
            return;
        }
        logger.LogInformation("Bringing {Database} in step with the demo corpus in {Corpus}", database.Location, corpus);
        var lastLoggedTenth = -1;
        var progress = new InlineProgress<IngestProgress>(p =>
        {
            var percent = p.BytesTotal == 0 ? 100 : (int)(p.BytesDone * 100 / p.BytesTotal);
            Publish(DemoBuildStatus.Building(percent, p.ArticlesRead, $"{p.FilesTotal} files"));
            if (percent / 10 > lastLoggedTenth)
            {
                lastLoggedTenth = percent / 10;
                logger.LogInformation("Demo database: {Percent}% ({Articles} articles)", percent, p.ArticlesRead);
            }
        });
        try
        {
            // The fast model first (trained on first run, in about two minutes): the bar follows its training.
            var lastLoggedTraining = -1;
            models.EnsureFast(new InlineProgress<TrainingProgress>(p =>
            {
                Publish(DemoBuildStatus.Training((int)(p.Fraction * 100), p.Message));
                if ((int)(p.Fraction * 10) > lastLoggedTraining || p.Fraction == 0)
                {
                    lastLoggedTraining = (int)(p.Fraction * 10);
                    logger.LogInformation("{Message}", p.Message);
                }
            }));
            var pipeline = new IngestPipeline(new ArticleIngestor(articles, models.Analyzer), new ArticleReaderOptions());
            var summary = pipeline.Run([corpus], progress, stoppingToken);
            foreach (var refused in summary.Refused)
            {
                logger.LogWarning("Demo corpus: refused {Error}", refused.ToString());
            }
            logger.LogInformation(
                "Demo database ready: {Stored} new, {Duplicates} already stored, {Refused} refused, {Statements} statements",
                summary.Stored, summary.Duplicates, summary.Refused.Count, summary.Statements);
            Publish(DemoBuildStatus.Ready(summary.Stored));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Building the demo database failed");
            Publish(DemoBuildStatus.Failed(e.Message));
        }
    }

    private void Publish(DemoBuildStatus status)
    {
        lock (_gate)
        {
            _status = status;
        }
        Changed?.Invoke();
    }

}

/// <param name="TrainingClassifier">True while the fast classifier trains (first run), before any article is read.</param>
public sealed record DemoBuildStatus(DemoBuildState State, int Percent, int Articles, string? Message, bool TrainingClassifier = false)
{
    public static readonly DemoBuildStatus NotNeeded = new(DemoBuildState.NotNeeded, 100, 0, null);
    public static readonly DemoBuildStatus Pending = new(DemoBuildState.Building, 0, 0, null);

    public static DemoBuildStatus Building(int percent, int articles, string message) => new(DemoBuildState.Building, percent, articles, message);

    public static DemoBuildStatus Training(int percent, string message) => new(DemoBuildState.Building, percent, 0, message, TrainingClassifier: true);

    public static DemoBuildStatus Ready(int added) => new(DemoBuildState.Ready, 100, added, null);

    public static DemoBuildStatus Failed(string message) => new(DemoBuildState.Failed, 0, 0, message);

    public bool IsBuilding => State == DemoBuildState.Building;
}

public enum DemoBuildState
{
    NotNeeded,
    Building,
    Ready,
    Failed,
}
