using StanceTracker.Core.Attribution;

namespace StanceTracker.Data.Storage;

/// <summary>The actor catalogue as stored: actors, aliases and office terms.</summary>
public interface IActorStore
{
    /// <summary>Adds or updates the actors with their aliases and terms, all in one transaction.</summary>
    void Upsert(IEnumerable<Actor> actors);

    int Count();

    Actor? Find(string id);
}
