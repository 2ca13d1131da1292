using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>Opens a database ready for ingest: schema current and the taxonomy loaded, so positions can refer to topics.</summary>
public static class DatabaseSetup
{
    public static StanceDatabase OpenForIngest(string databasePath, string? topicsFile = null)
    {
        var database = StanceDatabase.Open(databasePath);
        var taxonomy = topicsFile ?? ProjectPaths.TopicsFile;
        if (File.Exists(taxonomy))
        {
            new TopicStore(database).Upsert(TopicCatalog.Load(taxonomy));
        }
        return database;
    }

    /// <summary>
    /// The analyser every host uses, so the CLI and the dashboard store the same thing for the same article: statements
    /// and speakers from the actor catalogue in data/ (an empty catalogue if the files are missing; speakers then stay
    /// unknown). No classifier yet, so positions stay empty.
    /// </summary>
    public static IArticleAnalyzer CreateAnalyzer()
    {
        var actors = Path.Combine(ProjectPaths.DataDirectory, "actors.json");
        var countries = Path.Combine(ProjectPaths.DataDirectory, "countries.json");
        var catalog = File.Exists(actors) ? ActorCatalog.Load(actors, countries) : ActorCatalog.Empty;
        return new ArticleAnalyzer(catalog, classifier: null);
    }
}
