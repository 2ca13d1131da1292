using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

public sealed class PostgresReviewLogQuery(PostgresDatabase database) : IReviewLogQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<ReviewLogEntry> Latest(string? reviewer = null, int limit = 200)
    {
        using var connection = _database.OpenConnection();
        return ReviewLog.Latest(connection, reviewer, limit);
    }

    public IReadOnlyList<ReviewerCount> Reviewers()
    {
        using var connection = _database.OpenConnection();
        return ReviewLog.Reviewers(connection);
    }
}
