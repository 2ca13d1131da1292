using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Data.Composition;

/// <summary>
/// Builds the analyser every host uses, so the CLI and the dashboard store the same thing for the same article.
/// </summary>
public sealed class ArticleAnalyzers(ActorCatalog catalog, StanceClassifiers classifiers, TopicEvidence evidence)
{
    /// <summary>
    /// Statements, speakers and (with <paramref name="classify"/>) positions by <paramref name="model"/> (null: <c>auto</c>).
    /// Nothing is loaded until the first article needs analysing, so a page or a rerun over stored articles never waits
    /// for a model; <paramref name="progress"/> tells how a first training goes. Without classification, statements are
    /// stored with no positions: for bulk loads and plumbing tests.
    /// </summary>
    public IArticleAnalyzer Create(bool classify = true, IProgress<string>? progress = null, IStanceModelKind? model = null) =>
        new DeferredAnalyzer(() => new ArticleAnalyzer(catalog, classify ? classifiers.Get(model, progress) : null, evidence: evidence));
}

/// <summary>Builds the real analyser on first use (thread-safe), then hands every call to it.</summary>
internal sealed class DeferredAnalyzer(Func<IArticleAnalyzer> create) : IArticleAnalyzer
{
    private readonly Lazy<IArticleAnalyzer> _analyzer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Version => _analyzer.Value.Version;

    public string? ClassifiedBy => _analyzer.Value.ClassifiedBy;

    public AnalysedArticle Analyse(Core.Articles.Article article) => _analyzer.Value.Analyse(article);

    public AnalysedArticle Analyse(Core.Articles.Article article, CancellationToken cancellationToken) => _analyzer.Value.Analyse(article, cancellationToken);
}
