using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Human reviews, each in its own write transaction taking the writers' turn (see <see cref="ReviewWriter"/>): the same
/// for every engine; an engine's subclass only hands over its transactions.
/// </summary>
public abstract class ReviewStore : IReviewStore
{
    private readonly IStoreTransactions _store;

    private protected ReviewStore(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public long Add(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return _store.Write(t => ReviewWriter.Insert(t.Connection!, t, review));
    }

    public long CorrectStance(long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        return _store.Write(t => ReviewWriter.CorrectStance(t.Connection!, t, positionId, stance, reviewer, reason, reviewedAt));
    }
}
