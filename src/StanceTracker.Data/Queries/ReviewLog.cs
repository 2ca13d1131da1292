using System.Data;
using Dapper;

namespace StanceTracker.Data.Queries;

/// <summary>Reads the review log for the audit, for every engine (the SQL is portable).</summary>
internal static class ReviewLog
{
    private const string LatestSql = """
        SELECT r.id AS ReviewId, r.reviewer AS Reviewer, r.reviewed_at AS ReviewedAt, r.field AS Field,
               r.old_value AS OldValue, r.new_value AS NewValue, r.reason AS Reason, r.statement_id AS StatementId,
               r.position_id AS PositionId, s.text AS StatementText, s.speaker_name AS SpeakerName, s.published_date AS Date
        FROM reviews r
        JOIN statements s ON s.id = r.statement_id
        WHERE @Reviewer IS NULL OR r.reviewer = @Reviewer
        ORDER BY r.reviewed_at DESC, r.id DESC
        LIMIT @Limit
        """;

    public static IReadOnlyList<ReviewLogEntry> Latest(IDbConnection connection, string? reviewer, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return connection.Query<ReviewLogEntry>(LatestSql, new { Reviewer = reviewer, Limit = limit }).ToList();
    }

    private const string ReviewersSql = """
        SELECT r.reviewer AS Reviewer, COUNT(*) AS Reviews
        FROM reviews r
        GROUP BY r.reviewer
        ORDER BY r.reviewer
        """;

    public static IReadOnlyList<ReviewerCount> Reviewers(IDbConnection connection) =>
        connection.Query<ReviewerCount>(ReviewersSql).ToList();
}
