using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// The article queue in a SQLite file: workers on one machine share it. A claim is one UPDATE in a write transaction,
/// and SQLite has one writer at a time, so two workers never claim the same row.
/// </summary>
public sealed class SqliteArticleQueueStore(SqliteDatabase database, TimeProvider? time = null) : ArticleQueueStore(database, time)
{
    private const string ClaimStatement = """
        UPDATE article_queue SET claimed_by = @Worker, claimed_at = @Now, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM article_queue
          WHERE finished_at IS NULL AND (claimed_at IS NULL OR claimed_at < @Expired) AND attempts < @MaxAttempts
          ORDER BY id LIMIT @Count)
        RETURNING id AS QueueId, attempts AS Attempts, title AS Title, published AS Published, source AS Source, url AS Url,
                  author AS Author, language AS Language, body AS Body, origin AS Origin
        """;

    private protected override string ClaimSql => ClaimStatement;
}
