using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Composition;

/// <summary>
/// Opens the configured database. For writing it is made ready for ingest: schema current, taxonomy and actor catalogue
/// loaded, so positions can refer to topics and pages can show actors.
/// </summary>
internal sealed class DatabaseSetup(StanceTrackerOptions options, DataPaths paths, ActorCatalog catalog)
{
    public StanceDatabase Open()
    {
        var path = options.DatabasePath ?? paths.DefaultDatabase;
        if (options.ReadOnly)
        {
            return StanceDatabase.OpenReadOnly(path);
        }
        var database = StanceDatabase.Open(path);
        if (File.Exists(paths.TopicsFile))
        {
            new TopicStore(database).Upsert(TopicCatalog.Load(paths.TopicsFile));
        }
        var actors = new ActorStore(database);
        if (options.LoadCatalogue && catalog.Actors.Count > 0 && actors.Count() != catalog.Actors.Count)
        {
            actors.Upsert(catalog.Actors);
        }
        return database;
    }
}
