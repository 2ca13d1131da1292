using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Appends a review inside the caller's transaction, for every engine (the SQL is portable): the history of who changed
/// what is kept, the model's values are never rewritten, and the statement's reviews are applied again
/// (<see cref="ReviewRules"/>) with the result stored beside the model's values.
/// </summary>
internal static class ReviewWriter
{
    private const string InsertSql = """
        INSERT INTO reviews (statement_id, position_id, field, old_value, new_value, reviewer, reason, reviewed_at)
        VALUES (@StatementId, @PositionId, @Field, @OldValue, @NewValue, @Reviewer, @Reason, @ReviewedAt)
        RETURNING id
        """;

    // Every review changes what a position counts as, so the derived day table follows in the same transaction: the
    // keys the statement's positions counted under before the review and after it are both recomputed.
    public static long Insert(IDbConnection connection, IDbTransaction transaction, Review review)
    {
        var before = PositionDays.KeysOfStatement(connection, transaction, review.StatementId);
        var id = InsertRow(connection, transaction, review);
        ReviewedPositions.Apply(connection, transaction, review.StatementId);
        PositionDays.Refresh(connection, transaction, before.Concat(PositionDays.KeysOfStatement(connection, transaction, review.StatementId)));
        return id;
    }

    private static long InsertRow(IDbConnection connection, IDbTransaction transaction, Review review) =>
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
    public static long CorrectStance(IDbConnection connection, IDbTransaction transaction, long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt)
    {
        var current = connection.QuerySingleOrDefault<CurrentStanceRow>(CurrentStanceSql, new { PositionId = positionId }, transaction)
            ?? throw new ArgumentException($"There is no position {positionId}.", nameof(positionId));
        return Insert(connection, transaction, new Review(
            current.StatementId, positionId, ReviewField.Stance, current.Stance, stance.ToId(), reviewer, reason, reviewedAt));
    }

    private sealed class CurrentStanceRow
    {
        public long StatementId { get; init; }
        public string Stance { get; init; } = "";
    }
}
