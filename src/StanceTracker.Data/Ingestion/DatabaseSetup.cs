using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>
/// Opens a database ready for ingest (schema current, taxonomy and actor catalogue loaded, so positions can refer to
/// topics and pages can show actors) and builds the analyser every host uses, so the CLI and the dashboard store the
/// same thing for the same article.
/// </summary>
public static class DatabaseSetup
{
    private static readonly Lock Gate = new();
    private static ActorCatalog? _catalog;
    private static readonly Dictionary<string, IStatementClassifier> _classifiers = new(StringComparer.Ordinal);

    /// <param name="loadCatalogue">False leaves the actors tables as they are: for tests that seed their own world.</param>
    public static StanceDatabase OpenForIngest(string databasePath, string? topicsFile = null, bool loadCatalogue = true)
    {
        var database = StanceDatabase.Open(databasePath);
        var taxonomy = topicsFile ?? ProjectPaths.TopicsFile;
        if (File.Exists(taxonomy))
        {
            new TopicStore(database).Upsert(TopicCatalog.Load(taxonomy));
        }
        var actors = new ActorStore(database);
        if (loadCatalogue && Catalog.Actors.Count > 0 && actors.Count() != Catalog.Actors.Count)
        {
            actors.Upsert(Catalog.Actors);
        }
        return database;
    }

    /// <summary>The actor catalogue from data/ (empty when the files are missing: speakers then stay unknown). Loaded once per process.</summary>
    public static ActorCatalog Catalog
    {
        get
        {
            lock (Gate)
            {
                if (_catalog is null)
                {
                    var actors = Path.Combine(ProjectPaths.DataDirectory, "actors.json");
                    var countries = ProjectPaths.CountriesFile;
                    _catalog = File.Exists(actors) ? ActorCatalog.Load(actors, countries) : ActorCatalog.Empty;
                }
                return _catalog;
            }
        }
    }

    /// <summary>
    /// Statements, speakers and (with <paramref name="classify"/>) positions. The classifier is loaded once per process
    /// from data/models, and trained there first if it is missing (the fast model in about two minutes, the transformer
    /// in minutes; <paramref name="progress"/> tells). Nothing is loaded until the first article needs analysing, so a
    /// page or a rerun over stored articles never waits for it. Without classification, statements are stored with no
    /// positions: for bulk loads and plumbing tests. <paramref name="models"/> defaults to the built-in kinds; a null
    /// <paramref name="model"/> means <c>auto</c>.
    /// </summary>
    public static IArticleAnalyzer CreateAnalyzer(bool classify = true, IProgress<string>? progress = null, StanceModelRegistry? models = null, IStanceModelKind? model = null) =>
        new DeferredAnalyzer(() => new ArticleAnalyzer(Catalog, classify ? LoadClassifier(models, model, progress) : null));

    /// <summary>Loads <paramref name="requested"/>, or without one what <c>auto</c> means for the checkout's data/ (<see cref="StanceModelRegistry.ResolveAuto"/>).</summary>
    public static IStatementClassifier LoadClassifier(StanceModelRegistry? models = null, IStanceModelKind? requested = null, IProgress<string>? progress = null)
    {
        var kind = (models ?? StanceModelKinds.BuiltInRegistry()).Resolve(requested, ProjectPaths.DataDirectory);
        lock (Gate)
        {
            if (!_classifiers.TryGetValue(kind.Id, out var classifier))
            {
                classifier = _classifiers[kind.Id] = kind.LoadOrTrain(ProjectPaths.DataDirectory, progress: progress.AsMessages());
            }
            return classifier;
        }
    }
}

/// <summary>Builds the real analyser on first use (thread-safe), then hands every call to it.</summary>
internal sealed class DeferredAnalyzer(Func<IArticleAnalyzer> create) : IArticleAnalyzer
{
    private readonly Lazy<IArticleAnalyzer> _analyzer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Version => _analyzer.Value.Version;

    public AnalysedArticle Analyse(Core.Articles.Article article) => _analyzer.Value.Analyse(article);

    public AnalysedArticle Analyse(Core.Articles.Article article, CancellationToken cancellationToken) => _analyzer.Value.Analyse(article, cancellationToken);
}
