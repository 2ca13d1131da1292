using Dapper;
using Npgsql;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The article queue in PostgreSQL, drained by workers on any number of machines. A claim locks the rows it takes and
/// skips rows another worker's claim has locked (<c>FOR UPDATE SKIP LOCKED</c>), so workers neither wait for nor
/// duplicate each other; the queue takes no write turn, so claiming never waits behind a worker saving an article.
/// </summary>
public sealed class PostgresArticleQueueStore(PostgresDatabase database, TimeProvider? time = null) : IArticleQueueStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public QueueAddition Enqueue(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Write(t => ArticleQueueRows.Insert(t.Connection!, t, articles, _time.GetUtcNow()));
    }

    private const string ClaimSql = """
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

    public IReadOnlyList<QueuedArticle> Claim(string worker, int count, TimeSpan claimTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var now = _time.GetUtcNow();
        return Write(t =>
        {
            ArticleQueueRows.GiveUpOnStuck(t.Connection!, t, now, claimTimeout);
            return ArticleQueueRows.Claimed(t.Connection!.Query<ArticleQueueRows.ClaimedRow>(
                ClaimSql, ArticleQueueRows.ClaimParameters(worker, count, now, claimTimeout), t));
        });
    }

    public bool Finish(long queueId, QueueResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(t => ArticleQueueRows.Finish(t.Connection!, t, queueId, result, _time.GetUtcNow()));
    }

    public int Renew(string worker)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        return Write(t => ArticleQueueRows.Renew(t.Connection!, t, worker, _time.GetUtcNow()));
    }

    public int Release(string worker)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        return Write(t => ArticleQueueRows.Release(t.Connection!, t, worker));
    }

    public QueueCounts Counts()
    {
        using var connection = _database.OpenConnection();
        return ArticleQueueRows.Counts(connection);
    }

    private T Write<T>(Func<NpgsqlTransaction, T> write)
    {
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction();
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{_database.Location}: {e.MessageText}", e);
        }
    }
}
