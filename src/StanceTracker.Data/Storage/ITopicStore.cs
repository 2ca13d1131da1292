using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

/// <summary>The topic taxonomy as stored.</summary>
public interface ITopicStore
{
    void Upsert(IEnumerable<Topic> topics);

    IReadOnlyList<Topic> All();
}
