using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>The review queue: unreviewed positions the model flagged or was unsure of, least confident first.</summary>
public sealed class PostgresReviewQueueQuery(PostgresDatabase database) : IReviewQueueQuery
{
    // How much of the article around a statement the reviewer sees.
    private const int ContextChars = 280;

    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string WaitingSql = """
        SELECT COUNT(*) FROM positions p
        WHERE (p.needs_review OR p.confidence < @Threshold)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.position_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.statement_id = p.statement_id AND r.field = 'speaker')
        """;

    // A speaker correction also takes a position out of the queue: the reviewer has looked at the statement.
    private const string QueueSql = """
        SELECT p.id AS PositionId, p.statement_id AS StatementId, p.published_date AS Date, s.speaker_name AS SpeakerName,
               s.actor_id AS ActorId, s.speaker_country AS Country, s.speaker_role AS Role, p.topic_id AS TopicId,
               p.stance AS Stance, p.confidence AS Confidence, p.needs_review AS NeedsReview, p.model_version AS ModelVersion,
               s.text AS Text, a.title AS ArticleTitle, a.url AS Url, src.name AS Source,
               substr(a.body, GREATEST(1, s.start_offset + 1 - @Context), LEAST(s.start_offset, @Context)) AS Before,
               substr(a.body, s.end_offset + 1, @Context) AS After
        FROM positions p
        JOIN statements s ON s.id = p.statement_id
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE (p.needs_review OR p.confidence < @Threshold)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.position_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.statement_id = p.statement_id AND r.field = 'speaker')
        ORDER BY p.needs_review DESC, p.confidence, p.id
        LIMIT @Limit
        """;

    /// <summary>
    /// Up to <paramref name="limit"/> positions to review, flagged ones first, then by confidence below
    /// <paramref name="threshold"/>; and how many are waiting in all.
    /// </summary>
    public ReviewBacklog Get(int limit = 20, double threshold = IReviewQueueQuery.DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var parameters = new { Threshold = threshold, Limit = Math.Min(limit, 200), Context = ContextChars };
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var waiting = connection.ExecuteScalar<int>(WaitingSql, parameters, transaction);
        var items = waiting == 0 ? [] : connection.Query<ReviewItem>(QueueSql, parameters, transaction).ToList();
        transaction.Commit();
        return new ReviewBacklog(items, waiting);
    }
}
