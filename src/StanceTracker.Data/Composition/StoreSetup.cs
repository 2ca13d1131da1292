using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Composition;

/// <summary>
/// Makes a store opened for writing ready for ingest, whatever its engine: taxonomy and actor catalogue loaded, so
/// positions can refer to topics and pages can show actors. Each engine's registration calls it once, on opening.
/// </summary>
public sealed class StoreSetup(StanceTrackerOptions options, DataPaths paths, ActorCatalog catalog)
{
    /// <summary>The database file the options name, or the default one in the data folder.</summary>
    public string DatabasePath => options.DatabasePath ?? paths.DefaultDatabase;

    public bool ReadOnly => options.ReadOnly;

    public void Prepare(ITopicStore topics, IActorStore actors)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(actors);
        if (File.Exists(paths.TopicsFile))
        {
            topics.Upsert(TopicCatalog.Load(paths.TopicsFile));
        }
        if (options.LoadCatalogue && catalog.Actors.Count > 0 && actors.Count() != catalog.Actors.Count)
        {
            actors.Upsert(catalog.Actors);
        }
    }
}
