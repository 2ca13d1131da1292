using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// Appends reviews, which keeps the history of who changed what; the model's values are never rewritten. Each review
/// applies the statement's reviews again (<see cref="ReviewRules"/>) and stores the result beside the model's values.
/// </summary>
public sealed class SqliteReviewStore(SqliteDatabase database) : IReviewStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string InsertSql = """
        INSERT INTO reviews (statement_id, position_id, field, old_value, new_value, reviewer, reason, reviewed_at)
        VALUES (@StatementId, @PositionId, @Field, @OldValue, @NewValue, @Reviewer, @Reason, @ReviewedAt)
        RETURNING id
        """;

    public long Add(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var id = Insert(connection, transaction, review);
        transaction.Commit();
        return id;
    }

    // Every review changes what a position counts as, so the derived day table follows in the same transaction: the
    // keys the statement's positions counted under before the review and after it are both recomputed.
    private static long Insert(SqliteConnection connection, SqliteTransaction transaction, Review review)
    {
        var before = PositionDays.KeysOfStatement(connection, transaction, review.StatementId);
        var id = InsertRow(connection, transaction, review);
        ReviewedPositions.Apply(connection, transaction, review.StatementId);
        PositionDays.Refresh(connection, transaction, before.Concat(PositionDays.KeysOfStatement(connection, transaction, review.StatementId)));
        return id;
    }

    private static long InsertRow(SqliteConnection connection, SqliteTransaction transaction, Review review) =>
        connection.ExecuteScalar<long>(InsertSql, new
        {
            review.StatementId,
            review.PositionId,
            Field = ReviewedPositions.FieldId(review.Field),
            review.OldValue,
            review.NewValue,
            review.Reviewer,
            review.Reason,
            ReviewedAt = IsoDate.FormatUtc(review.ReviewedAt),
        }, transaction);

    // The stance the position counts with now is the old value being corrected.
    private const string CurrentStanceSql = """
        SELECT p.statement_id AS StatementId, p.effective_stance AS Stance FROM positions p WHERE p.id = @PositionId
        """;

    /// <summary>Records that a reviewer set the stance of a position, filling in the statement and the stance it replaces.</summary>
    public long CorrectStance(long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = connection.QuerySingleOrDefault<CurrentStanceRow>(CurrentStanceSql, new { PositionId = positionId }, transaction)
            ?? throw new ArgumentException($"There is no position {positionId}.", nameof(positionId));
        var id = Insert(connection, transaction, new Review(
            current.StatementId, positionId, ReviewField.Stance, current.Stance, stance.ToId(), reviewer, reason, reviewedAt));
        transaction.Commit();
        return id;
    }

    private sealed class CurrentStanceRow
    {
        public long StatementId { get; init; }
        public string Stance { get; init; } = "";
    }
}
