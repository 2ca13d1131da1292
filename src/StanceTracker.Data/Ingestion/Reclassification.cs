using System.Diagnostics;
using StanceTracker.Core.Analysis;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>How far a re-classification is: articles done of the total.</summary>
public sealed record ReclassificationProgress(int Done, int Total, int Positions);

/// <summary>What a re-classification did.</summary>
public sealed record ReclassificationSummary(int Articles, int Positions, TimeSpan Duration);

/// <summary>
/// Re-reads the stored articles another model classified with <paramref name="analyzer"/> (whose classifier is
/// <paramref name="classifierVersion"/>) and replaces their model positions (<see cref="IReclassificationStore.Replace"/>), one
/// article per transaction: interrupted, it resumes where it stopped, since finished articles carry the new version.
/// </summary>
public sealed class Reclassification(IReclassificationStore store, IArticleAnalyzer analyzer, string classifierVersion)
{
    private readonly IReclassificationStore _store = store ?? throw new ArgumentNullException(nameof(store));

    public ReclassificationSummary Run(IProgress<ReclassificationProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var articles = _store.ArticlesClassifiedOtherwise(classifierVersion);
        var positions = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var analysed = analyzer.Analyse(_store.Load(articles[i]), cancellation);
            positions += _store.Replace(articles[i], analysed, classifierVersion);
            progress?.Report(new ReclassificationProgress(i + 1, articles.Count, positions));
        }
        return new ReclassificationSummary(articles.Count, positions, clock.Elapsed);
    }
}
