using Dapper;
using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The article queue over any engine (the portable SQL is in <see cref="ArticleQueueRows"/>); an engine's subclass
/// gives its claim statement, the one place the engines differ. The queue takes no writers' turn: claiming never
/// waits behind a worker saving an article.
/// </summary>
public abstract class ArticleQueueStore : IArticleQueueStore
{
    private readonly IStoreTransactions _store;
    private readonly TimeProvider _time;

    private protected ArticleQueueStore(IStoreTransactions store, TimeProvider? time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// Takes up to <c>@Count</c> unfinished rows nobody holds (never claimed, or claimed before <c>@Expired</c>) and fewer than
    /// <c>@MaxAttempts</c> times, oldest first, for <c>@Worker</c> at <c>@Now</c>, returning them as
    /// <see cref="ArticleQueueRows.ClaimedRow"/>s; two concurrent claims must never take the same row.
    /// </summary>
    private protected abstract string ClaimSql { get; }

    public QueueAddition Enqueue(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Write(t => ArticleQueueRows.Insert(t.Connection!, t, articles, _time.GetUtcNow()));
    }

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
        using var connection = _store.OpenReader();
        return ArticleQueueRows.Counts(connection);
    }

    private T Write<T>(Func<System.Data.IDbTransaction, T> write) => _store.Write(write, takeWriteTurn: false);
}
