using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Queries;

/// <summary>The review history the audit page reads, over any engine (the portable SQL is in <see cref="ReviewLog"/>).</summary>
public abstract class ReviewLogQuery : IReviewLogQuery
{
    private readonly IStoreTransactions _store;

    private protected ReviewLogQuery(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public IReadOnlyList<ReviewLogEntry> Latest(string? reviewer = null, int limit = 200)
    {
        using var connection = _store.OpenReader();
        return ReviewLog.Latest(connection, reviewer, limit);
    }

    public IReadOnlyList<ReviewerCount> Reviewers()
    {
        using var connection = _store.OpenReader();
        return ReviewLog.Reviewers(connection);
    }
}
