using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// Brings the dashboard from the fast model to the transformer without making anyone wait: once the demo database is
/// built (with the fast model), the transformer is loaded, or fine-tuned in the background when
/// <see cref="DashboardOptions.Transformer"/> says so (one core is left to the server), then made active, and the
/// stored articles the fast model classified are classified again (reviewed positions kept). Progress is published
/// for the banner; an interrupted run resumes next start (training restarts, re-classification goes on where it was).
/// </summary>
public sealed class ModelUpgrade(
    DashboardOptions options, IReclassificationStore storedPositions, StanceModels models, StanceModelRegistry registry, DemoDatabaseBuilder builder,
    ILogger<ModelUpgrade> logger) : BackgroundService
{
    // The upgrade shares the dashboard's fast model with the transformer as its gate, so it needs the transformer's own type.
    private readonly TransformerModelKind _transformerKind = (TransformerModelKind)registry.Get(TransformerModelKind.KindId);

    private readonly Lock _statusGate = new();
    private ModelUpgradeStatus _status = options.Transformer == TransformerMode.Off ? ModelUpgradeStatus.NotNeeded : ModelUpgradeStatus.Waiting;

    public event Action? Changed;

    public ModelUpgradeStatus Status
    {
        get { lock (_statusGate) { return _status; } }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Transformer == TransformerMode.Off ? Task.CompletedTask : Task.Run(() => Run(stoppingToken), stoppingToken);

    private void Run(CancellationToken stoppingToken)
    {
        try
        {
            builder.Completion.Wait(stoppingToken);
            if (options.Transformer != TransformerMode.Train && !_transformerKind.IsCurrent(options.DataDirectory))
            {
                logger.LogInformation("No current transformer in {Models}; classifying with the fast model (train one with 'stancetracker train --model transformer' or start with --transformer train)",
                    StanceClassifier.ModelDirectory(options.DataDirectory));
                Publish(ModelUpgradeStatus.NotNeeded);
                return;
            }
            var transformer = LoadOrTrain(models.EnsureFast(), stoppingToken);
            models.Activate(transformer, _transformerKind.Id);
            logger.LogInformation("Classifying with the transformer {Version}", transformer.Version);
            var reclassification = new Reclassification(storedPositions, models.Analyzer);
            var summary = reclassification.Run(new InlineProgress<ReclassificationProgress>(p =>
                Publish(ModelUpgradeStatus.Reclassifying(p.Total == 0 ? 100 : 100.0 * p.Done / p.Total, $"{p.Done} of {p.Total} articles"))), stoppingToken);
            logger.LogInformation("Re-classified {Articles} stored articles with the transformer in {Seconds:0.0} s ({Positions} positions)",
                summary.Articles, summary.Duration.TotalSeconds, summary.Positions);
            Publish(ModelUpgradeStatus.Ready(transformer.Version));
        }
        catch (OperationCanceledException)
        {
            // Shutting down: training starts again next time; re-classified articles stay done.
        }
        catch (Exception e)
        {
            logger.LogError(e, "The transformer could not be brought in; the dashboard goes on with the fast model");
            Publish(ModelUpgradeStatus.Failed(e.Message));
        }
    }

    private TransformerStanceClassifier LoadOrTrain(StanceClassifier gateModel, CancellationToken stoppingToken)
    {
        var dataDir = options.DataDirectory;
        if (_transformerKind.IsCurrent(dataDir))
        {
            return _transformerKind.LoadOrTrain(dataDir, gateModel, cancellation: stoppingToken);
        }
        logger.LogInformation("Fine-tuning the transformer in the background; the fast model classifies meanwhile");
        var lastLogged = -1;
        var progress = new InlineProgress<TrainingProgress>(p =>
        {
            Publish(ModelUpgradeStatus.Training(100 * p.Fraction, p.Message));
            if ((int)(p.Fraction * 10) > lastLogged)
            {
                lastLogged = (int)(p.Fraction * 10);
                logger.LogInformation("Transformer: {Message}", p.Message);
            }
        });
        // One core stays with the server: libtorch's threads would otherwise take both and the pages would crawl.
        var threads = Math.Max(1, Environment.ProcessorCount - 1);
        return _transformerKind.LoadOrTrain(dataDir, gateModel, new StanceModelOptions { Threads = threads }, progress, stoppingToken);
    }

    private void Publish(ModelUpgradeStatus next)
    {
        lock (_statusGate)
        {
            _status = next;
        }
        Changed?.Invoke();
    }
}

/// <summary>Whether the dashboard uses, or also trains, the transformer (<c>--transformer</c>).</summary>
public enum TransformerMode
{
    /// <summary>The fast model only.</summary>
    Off,

    /// <summary>The transformer when data/models holds a current one; else the fast model.</summary>
    Use,

    /// <summary>As <see cref="Use"/>, and fine-tune it in the background when it is missing or stale.</summary>
    Train,
}

public enum ModelUpgradeState
{
    NotNeeded,
    Waiting,
    Training,
    Reclassifying,
    Ready,
    Failed,
}

/// <summary>What <see cref="ModelUpgrade"/> is doing, for the banner: <see cref="Percent"/> of the current step.</summary>
public sealed record ModelUpgradeStatus(ModelUpgradeState State, double Percent, string? Message)
{
    public static readonly ModelUpgradeStatus NotNeeded = new(ModelUpgradeState.NotNeeded, 100, null);
    public static readonly ModelUpgradeStatus Waiting = new(ModelUpgradeState.Waiting, 0, null);

    public static ModelUpgradeStatus Training(double percent, string message) => new(ModelUpgradeState.Training, percent, message);

    public static ModelUpgradeStatus Reclassifying(double percent, string message) => new(ModelUpgradeState.Reclassifying, percent, message);

    public static ModelUpgradeStatus Ready(string version) => new(ModelUpgradeState.Ready, 100, version);

    public static ModelUpgradeStatus Failed(string message) => new(ModelUpgradeState.Failed, 0, message);

    public string PercentText => Percent.ToString("0", CultureInfo.InvariantCulture);
}
