using Npgsql;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Human reviews in PostgreSQL, each in its own transaction and write turn (see <see cref="ReviewWriter"/>).</summary>
public sealed class PostgresReviewStore(PostgresDatabase database) : IReviewStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

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

    private long Write(Func<NpgsqlTransaction, long> write)
    {
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction();
            PostgresDatabase.TakeWriteTurn(connection, transaction);
            var id = write(transaction);
            transaction.Commit();
            return id;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{_database.Location}: {e.MessageText}", e);
        }
    }
}
