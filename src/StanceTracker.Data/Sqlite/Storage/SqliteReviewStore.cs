using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Human reviews in SQLite, each in its own write transaction (see <see cref="ReviewWriter"/>).</summary>
public sealed class SqliteReviewStore(SqliteDatabase database) : IReviewStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public long Add(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Write(t => ReviewWriter.Insert(t.Connection!, t, review));
    }

    public long CorrectStance(long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        return Write(t => ReviewWriter.CorrectStance(t.Connection!, t, positionId, stance, reviewer, reason, reviewedAt));
    }

    private long Write(Func<SqliteTransaction, long> write)
    {
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var id = write(transaction);
            transaction.Commit();
            return id;
        }
        catch (SqliteException e) when (_database.IsFull(e))
        {
            throw _database.Full(e);
        }
    }
}
