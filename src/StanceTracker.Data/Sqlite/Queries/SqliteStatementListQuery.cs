using Dapper;
using StanceTracker.Data.Queries;


namespace StanceTracker.Data.Sqlite;

/// <summary>The statements table: filtered, sorted and paged in SQL, so a page costs the same at any database size.</summary>
public sealed class SqliteStatementListQuery(SqliteDatabase database) : IStatementListQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // One row per (statement, position) with the values reviews gave them (stored by ReviewedPositions). Filters on
    // stored columns sit inside, where the date, topic and search indexes can serve them; speaker filters apply to the
    // computed columns outside.
    private const string FilteredSql = """
        SELECT * FROM (
        SELECT s.id AS StatementId, p.id AS PositionId, s.published_date AS Date,
               COALESCE(sc.speaker_name, s.speaker_name) AS SpeakerName,
               CASE WHEN p.id IS NOT NULL THEN p.effective_actor_id WHEN sc.statement_id IS NOT NULL THEN sc.actor_id ELSE s.actor_id END AS ActorId,
               COALESCE(p.effective_actor_key, sc.actor_key, s.actor_id) AS ActorKey,
               CASE WHEN p.id IS NOT NULL THEN p.effective_country WHEN sc.statement_id IS NOT NULL THEN sc.country ELSE s.speaker_country END AS Country,
               sc.statement_id IS NOT NULL AS SpeakerReviewed,
               p.effective_topic_id AS TopicId, p.effective_stance AS Stance, p.stance AS ModelStance, p.confidence AS Confidence,
               COALESCE(p.reviewed, 0) AS Reviewed, COALESCE(p.needs_review, 0) AS NeedsReview,
               s.text AS Text, a.id AS ArticleId, a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        LEFT JOIN positions p ON p.statement_id = s.id
        LEFT JOIN speaker_corrections sc ON sc.statement_id = s.id
        WHERE (@Match IS NULL OR s.id IN (SELECT rowid FROM statement_search WHERE statement_search MATCH @Match))
          AND (@ArticleId IS NULL OR s.article_id = @ArticleId)
          AND (@From IS NULL OR s.published_date >= @From)
          AND (@To IS NULL OR s.published_date <= @To)
          AND (@TopicId IS NULL OR p.effective_topic_id = @TopicId)
          AND (@Stance IS NULL OR p.effective_stance = @Stance)
          AND (@MinConfidence IS NULL OR p.confidence >= @MinConfidence)
          AND (@MaxConfidence IS NULL OR p.confidence <= @MaxConfidence)
          AND (@NeedsReview IS NULL OR (COALESCE(p.needs_review, 0) = 1 AND NOT COALESCE(p.reviewed, 0)) = @NeedsReview))
        WHERE (@Country IS NULL OR Country = @Country)
          AND (@Actor IS NULL OR ActorId = @Actor OR ActorKey = @Actor)
        """;

    private const string CountSql = $"SELECT COUNT(*) FROM ({FilteredSql});";

    // ORDER BY cannot be a parameter, so each sort is its own constant; the statement and position ids break ties, so pages never repeat or skip a row.
    private const string ByDateDescendingSql = $"{FilteredSql} ORDER BY Date DESC, StatementId DESC, PositionId LIMIT @Limit OFFSET @Offset;";
    private const string ByDateAscendingSql = $"{FilteredSql} ORDER BY Date, StatementId, PositionId LIMIT @Limit OFFSET @Offset;";
    private const string ByConfidenceAscendingSql = $"{FilteredSql} ORDER BY Confidence IS NULL, Confidence, Date DESC, StatementId DESC, PositionId LIMIT @Limit OFFSET @Offset;";
    private const string ByConfidenceDescendingSql = $"{FilteredSql} ORDER BY Confidence IS NULL, Confidence DESC, Date DESC, StatementId DESC, PositionId LIMIT @Limit OFFSET @Offset;";

    /// <summary>One page of rows and the number of rows matching the filter, from one snapshot.</summary>
    public StatementPage Get(StatementFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, StatementFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        var match = filter.Text is { } text ? SqliteStatementSearch.ToMatchExpression(text) : null;
        if (StatementFiltering.NothingToSearchFor(filter, match))
        {
            return new StatementPage([], 0, page, pageSize);
        }
        var parameters = StatementFiltering.Parameters(filter, match, page, pageSize);
        var pageSql = filter.Sort switch
        {
            StatementSort.DateAscending => ByDateAscendingSql,
            StatementSort.ConfidenceAscending => ByConfidenceAscendingSql,
            StatementSort.ConfidenceDescending => ByConfidenceDescendingSql,
            _ => ByDateDescendingSql,
        };

        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);
        var total = connection.ExecuteScalar<int>(CountSql, parameters, transaction);
        var rows = total == 0
            ? []
            : connection.Query<StatementRow>(pageSql, parameters, transaction).ToList();
        var further = SqliteStatementReports.Further(connection, transaction, rows.Select(r => r.StatementId));
        foreach (var row in rows)
        {
            row.Reach = StatementReportRow.ReachOf(further, row.StatementId, row.Source);
        }
        transaction.Commit();
        return new StatementPage(rows, total, page, pageSize);
    }
}
