using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// The classifier the dashboard analyses with. It starts with the fast model (trained on first run in about two minutes)
/// and is swapped for the transformer once <see cref="ModelUpgrade"/> has it; <see cref="Analyzer"/> always analyses
/// with the one active at the time, so the demo build, pasted articles and re-classification share it.
/// </summary>
public sealed class StanceModels
{
    private readonly Lock _gate = new();
    private readonly string _dataDirectory;
    private readonly ActorCatalog _catalog;
    private readonly TopicEvidence? _evidence;
    private volatile ArticleAnalyzer? _current;
    private StanceClassifier? _fast;

    /// <param name="evidence">The words each topic needs in a statement; hosts without the taxonomy check none.</param>
    public StanceModels(DashboardOptions options, ActorCatalog catalog, TopicEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        _dataDirectory = options.DataDirectory;
        _catalog = catalog;
        _evidence = evidence;
        Analyzer = new ActiveAnalyzer(this);
    }

    /// <summary>Analyses with the active classifier (loading the fast one first if none is active yet).</summary>
    public IArticleAnalyzer Analyzer { get; }

    /// <summary>The active classifier's version, or null before one is loaded.</summary>
    public string? ActiveVersion => _current is { } analyzer ? analyzer.Version : null;

    /// <summary>The id of the active model's kind (<see cref="IStanceModelKind.Id"/>), or null before one is loaded.</summary>
    public string? ActiveKind { get; private set; }

    /// <summary>
    /// The fast model, loaded from data/models or trained there first (<paramref name="progress"/> tells how far); it is
    /// made active if nothing else is. Blocking; loaded once.
    /// </summary>
    public StanceClassifier EnsureFast(IProgress<TrainingProgress>? progress = null)
    {
        lock (_gate)
        {
            _fast ??= StanceClassifier.LoadOrTrain(_dataDirectory, progress);
            if (_current is null)
            {
                Activate(_fast, StanceModelKinds.FastId);
            }
            return _fast;
        }
    }

    /// <summary>Analyses with <paramref name="classifier"/> from now on; analyses already running finish with the old one.</summary>
    public void Activate(IStatementClassifier classifier, string kindId)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        lock (_gate)
        {
            _current = new ArticleAnalyzer(_catalog, classifier, evidence: _evidence);
            ActiveKind = kindId;
        }
    }

    private sealed class ActiveAnalyzer(StanceModels models) : IArticleAnalyzer
    {
        public string Version => Current.Version;

        public string? ClassifiedBy => Current.ClassifiedBy;

        public AnalysedArticle Analyse(Article article) => Current.Analyse(article);

        public AnalysedArticle Analyse(Article article, CancellationToken cancellationToken) => Current.Analyse(article, cancellationToken);

        private ArticleAnalyzer Current
        {
            get
            {
                if (models._current is { } analyzer)
                {
                    return analyzer;
                }
                models.EnsureFast();
                return models._current!;
            }
        }
    }
}
