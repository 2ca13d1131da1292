using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// The article queue in a SQLite file: workers on one machine share it. A claim is one UPDATE in a write transaction,
/// and SQLite has one writer at a time, so two workers never claim the same row.
/// </summary>
public sealed class SqliteArticleQueueStore(SqliteDatabase database, TimeProvider? time = null) : IArticleQueueStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public QueueAddition Enqueue(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Write(t => ArticleQueueRows.Insert(t.Connection!, t, articles, _time.GetUtcNow()));
    }

    private const string ClaimSql = """
        UPDATE article_queue SET claimed_by = @Worker, claimed_at = @Now, attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM article_queue
          WHERE finished_at IS NULL AND (claimed_at IS NULL OR claimed_at < @Expired) AND attempts < @MaxAttempts
          ORDER BY id LIMIT @Count)
        RETURNING id AS QueueId, attempts AS Attempts, title AS Title, published AS Published, source AS Source, url AS Url,
                  author AS Author, language AS Language, body AS Body, origin AS Origin
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

    private T Write<T>(Func<SqliteTransaction, T> write)
    {
        try
        {
            using var connection = _database.OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (_database.IsFull(e))
        {
            throw _database.Full(e);
        }
    }
}
