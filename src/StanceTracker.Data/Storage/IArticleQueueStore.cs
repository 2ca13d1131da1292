using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Articles read and waiting to be analysed, shared by any number of workers (<c>ingest --queue</c> fills it,
/// <c>stancetracker worker</c> drains it). A worker claims a few at a time; a claim older than the claim timeout is
/// taken to belong to a worker that died and is handed out again; an article is finished once, with what became of it.
/// </summary>
public interface IArticleQueueStore
{
    /// <summary>A claimed article is handed out again after this long without being finished.</summary>
    static readonly TimeSpan DefaultClaimTimeout = TimeSpan.FromMinutes(5);

    /// <summary>An article claimed this many times and never finished is given up on (it may be what kills workers).</summary>
    const int MaxAttempts = 3;

    /// <summary>Queues the articles not queued before (by their text); stored ones are the worker's to recognise.</summary>
    QueueAddition Enqueue(IReadOnlyList<Article> articles);

    /// <summary>
    /// Up to <paramref name="count"/> articles nobody holds (never claimed, or claimed longer ago than
    /// <paramref name="claimTimeout"/>), oldest first, now held by <paramref name="worker"/>. Two workers never get the
    /// same article while a claim is fresh.
    /// </summary>
    IReadOnlyList<QueuedArticle> Claim(string worker, int count, TimeSpan claimTimeout);

    /// <summary>Records what became of a claimed article; false if it was already finished (by a worker that took over an expired claim).</summary>
    bool Finish(long queueId, QueueResult result);

    /// <summary>
    /// Marks <paramref name="worker"/>'s unfinished claims as fresh: a worker still busy says so well within the claim
    /// timeout, so a slow article is not handed to a second worker while the first is analysing it.
    /// </summary>
    int Renew(string worker);

    /// <summary>Hands back the unfinished articles <paramref name="worker"/> holds, for a worker stopping cleanly.</summary>
    int Release(string worker);

    QueueCounts Counts();
}

/// <summary>What one <see cref="IArticleQueueStore.Enqueue"/> did: articles newly queued, and those queued already.</summary>
public sealed record QueueAddition(int Queued, int AlreadyQueued);

/// <summary>An article a worker holds, with its place in the queue and how many times it has been claimed (this time included).</summary>
public sealed record QueuedArticle(long QueueId, Article Article, int Attempts);

/// <summary>How an article left the queue.</summary>
public enum QueueOutcome
{
    /// <summary>Analysed and stored.</summary>
    Stored,

    /// <summary>The store held the same text already: nothing analysed.</summary>
    Duplicate,

    /// <summary>Refused with a reason (too long, cannot be analysed): retrying would not help.</summary>
    Refused,

    /// <summary>Claimed <see cref="IArticleQueueStore.MaxAttempts"/> times and never finished.</summary>
    GivenUp,
}

/// <summary>What became of an article: its outcome, the stored article's id, and the reason for a refusal.</summary>
public sealed record QueueResult(QueueOutcome Outcome, long? ArticleId = null, string? Message = null);

/// <summary>The queue's state: waiting (never claimed or claim expired), held by a worker, and finished by outcome.</summary>
public sealed record QueueCounts(int Waiting, int Claimed, int Stored, int Duplicate, int Refused, int GivenUp)
{
    public int Finished => Stored + Duplicate + Refused + GivenUp;

    public int Total => Waiting + Claimed + Finished;
}
