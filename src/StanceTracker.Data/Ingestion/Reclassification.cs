using System.Diagnostics;
using StanceTracker.Core.Analysis;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>How far a re-classification is: articles done of the total.</summary>
public sealed record ReclassificationProgress(int Done, int Total, int Positions);

/// <summary>What a re-classification did.</summary>
public sealed record ReclassificationSummary(int Articles, int Positions, TimeSpan Duration);

/// <summary>
/// Re-reads the stored articles that another model or other topic words classified with <paramref name="analyzer"/>
/// and replaces their model positions (<see cref="IReclassificationStore.Replace"/>), one article per transaction:
/// interrupted, it resumes where it stopped, since finished articles carry the new <see cref="IArticleAnalyzer.ClassifiedBy"/>.
/// </summary>
public sealed class Reclassification(IReclassificationStore store, IArticleAnalyzer analyzer)
{
    private readonly IReclassificationStore _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>What the positions will come from (<see cref="IArticleAnalyzer.ClassifiedBy"/>).</summary>
    public string ClassifiedBy => analyzer.ClassifiedBy ?? throw new InvalidOperationException($"analyser {analyzer.Version} does not classify");

    public ReclassificationSummary Run(IProgress<ReclassificationProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var classifiedBy = ClassifiedBy;
        var articles = _store.ArticlesClassifiedOtherwise(classifiedBy);
        var positions = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var analysed = analyzer.Analyse(_store.Load(articles[i]), cancellation);
            positions += _store.Replace(articles[i], analysed, classifiedBy);
            progress?.Report(new ReclassificationProgress(i + 1, articles.Count, positions));
        }
        return new ReclassificationSummary(articles.Count, positions, clock.Elapsed);
    }
}
