using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The article queue in PostgreSQL, drained by workers on any number of machines. A claim locks the rows it takes and
/// skips rows another worker's claim has locked (<c>FOR UPDATE SKIP LOCKED</c>), so workers neither wait for nor
/// duplicate each other.
/// </summary>
public sealed class PostgresArticleQueueStore(PostgresDatabase database, TimeProvider? time = null) : ArticleQueueStore(database, time)
{
    private const string ClaimStatement = """
        UPDATE article_queue q SET claimed_by = @Worker, claimed_at = @Now, attempts = q.attempts + 1
        FROM (
          SELECT id FROM article_queue
          WHERE finished_at IS NULL AND (claimed_at IS NULL OR claimed_at < @Expired) AND attempts < @MaxAttempts
          ORDER BY id LIMIT @Count
          FOR UPDATE SKIP LOCKED) pick
        WHERE q.id = pick.id
        RETURNING q.id AS QueueId, q.attempts AS Attempts, q.title AS Title, q.published AS Published, q.source AS Source,
                  q.url AS Url, q.author AS Author, q.language AS Language, q.body AS Body, q.origin AS Origin
        """;

    private protected override string ClaimSql => ClaimStatement;
}
