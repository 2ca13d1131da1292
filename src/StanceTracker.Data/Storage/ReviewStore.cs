using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

public enum ReviewField
{
    Speaker,
    Topic,
    Stance,
    Accept,
}

/// <summary>A human correction. <see cref="PositionId"/> is null only for a speaker correction, which concerns the whole statement.</summary>
public sealed record Review(
    long StatementId,
    long? PositionId,
    ReviewField Field,
    string? OldValue,
    string? NewValue,
    string Reviewer,
    string? Reason,
    DateTimeOffset ReviewedAt);

/// <summary>
/// Appends reviews. The model's rows are never rewritten; readers take the latest review of a field over the model's
/// value, which keeps the history of who changed what.
/// </summary>
public sealed class ReviewStore(StanceDatabase database)
{
    private readonly StanceDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    private const string InsertSql = """
        INSERT INTO reviews (statement_id, position_id, field, old_value, new_value, reviewer, reason, reviewed_at)
        VALUES (@StatementId, @PositionId, @Field, @OldValue, @NewValue, @Reviewer, @Reason, @ReviewedAt)
        RETURNING id
        """;

    public long Add(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var id = Insert(connection, transaction, review);
        transaction.Commit();
        return id;
    }

    // Every review changes what a position counts as, so the derived day table follows in the same transaction.
    // A speaker review moves all the statement's positions to another actor key: the keys they counted under before
    // and after the review are both recomputed.
    private static long Insert(SqliteConnection connection, SqliteTransaction transaction, Review review)
    {
        var before = review.Field == ReviewField.Speaker ? PositionDays.KeysOfStatement(connection, transaction, review.StatementId) : [];
        var id = InsertRow(connection, transaction, review);
        if (review.PositionId is { } positionId)
        {
            PositionDays.RefreshPosition(connection, transaction, positionId);
        }
        if (review.Field == ReviewField.Speaker)
        {
            PositionDays.Refresh(connection, transaction, before.Concat(PositionDays.KeysOfStatement(connection, transaction, review.StatementId)));
        }
        return id;
    }

    private static long InsertRow(SqliteConnection connection, SqliteTransaction transaction, Review review) =>
        connection.ExecuteScalar<long>(InsertSql, new
        {
            review.StatementId,
            review.PositionId,
            Field = FieldId(review.Field),
            review.OldValue,
            review.NewValue,
            review.Reviewer,
            review.Reason,
            ReviewedAt = IsoDate.FormatUtc(review.ReviewedAt),
        }, transaction);

    // The current stance is the latest stance review's, else the model's: that is the old value being corrected.
    private const string CurrentStanceSql = """
        SELECT p.statement_id AS StatementId,
               COALESCE((SELECT r.new_value FROM reviews r
                         WHERE r.position_id = p.id AND r.field = 'stance'
                         ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.stance) AS Stance
        FROM positions p
        WHERE p.id = @PositionId
        """;

    /// <summary>Records that a reviewer set the stance of a position, filling in the statement and the stance it replaces.</summary>
    public long CorrectStance(long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = connection.QuerySingleOrDefault<CurrentStanceRow>(CurrentStanceSql, new { PositionId = positionId }, transaction)
            ?? throw new ArgumentException($"There is no position {positionId}.", nameof(positionId));
        var id = Insert(connection, transaction, new Review(
            current.StatementId, positionId, ReviewField.Stance, current.Stance, stance.ToId(), reviewer, reason, reviewedAt));
        transaction.Commit();
        return id;
    }

    private static string FieldId(ReviewField field) => field switch
    {
        ReviewField.Speaker => "speaker",
        ReviewField.Topic => "topic",
        ReviewField.Stance => "stance",
        ReviewField.Accept => "accept",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private sealed class CurrentStanceRow
    {
        public long StatementId { get; init; }
        public string Stance { get; init; } = "";
    }
}
