using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Data.Composition;

/// <summary>
/// The classifiers of one container, each loaded from the models folder (or trained there first if it is missing) on
/// first use and then kept: loading takes seconds, training minutes.
/// </summary>
public sealed class StanceClassifiers(StanceModelRegistry models, DataPaths paths)
{
    // One gate for loading and training: two kinds training at once would fight for the same cores.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IStatementClassifier> _loaded = new(StringComparer.Ordinal);

    /// <summary>The kind asked for, or what <c>auto</c> (null) means for the data folder (<see cref="StanceModelRegistry.ResolveAuto"/>).</summary>
    public IStanceModelKind Resolve(IStanceModelKind? requested) => models.Resolve(requested, paths.DataDirectory);

    /// <summary>The classifier of <paramref name="requested"/> (null: <c>auto</c>); <paramref name="progress"/> tells how a first training goes.</summary>
    public IStatementClassifier Get(IStanceModelKind? requested = null, IProgress<string>? progress = null)
    {
        var kind = Resolve(requested);
        lock (_gate)
        {
            if (!_loaded.TryGetValue(kind.Id, out var classifier))
            {
                classifier = _loaded[kind.Id] = kind.LoadOrTrain(paths.DataDirectory, progress: progress.AsMessages());
            }
            return classifier;
        }
    }
}
