using System.Diagnostics;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>How a <see cref="QueueWorker"/> works: its name in claims, how much it holds at once, when claims expire.</summary>
public sealed record QueueWorkerOptions
{
    /// <summary>Recorded with each claim: the host and process, so a stuck claim can be traced to its worker.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Articles analysed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles claimed at once: enough to keep every thread busy, few enough that a dead worker strands little.</summary>
    public int BatchSize { get; init; } = Math.Max(1, Environment.ProcessorCount) * 2;

    public TimeSpan ClaimTimeout { get; init; } = IArticleQueueStore.DefaultClaimTimeout;

    /// <summary>How long an idle worker waits before looking again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Stop when the queue has nothing left to claim, instead of waiting for more.</summary>
    public bool StopWhenEmpty { get; init; }
}

/// <summary>What a worker did before it stopped.</summary>
public sealed record QueueWorkerSummary(int Claimed, int Stored, int Duplicates, int Refused, int Statements, int Positions, TimeSpan Elapsed, string? DiskFull);

/// <summary>One finished article, as a worker reports it.</summary>
public sealed record QueueWorkerProgress(QueuedArticle Article, IngestOutcome Outcome);

/// <summary>
/// Drains the <see cref="IArticleQueueStore"/>: claims a batch, analyses it in parallel, stores each article through the
/// <see cref="ArticleIngestor"/> and records what became of it. An article stored but not yet marked finished when a
/// worker dies is recognised by its text when the claim is handed out again, so it is stored once and analysed once.
/// A living worker renews its claims three times per claim timeout, however long an article takes; a cancelled one
/// hands its unfinished claims back.
/// </summary>
public sealed class QueueWorker(IArticleQueueStore queue, ArticleIngestor ingestor, QueueWorkerOptions options)
{
    private readonly IArticleQueueStore _queue = queue ?? throw new ArgumentNullException(nameof(queue));
    private readonly ArticleIngestor _ingestor = ingestor ?? throw new ArgumentNullException(nameof(ingestor));
    private readonly QueueWorkerOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public QueueWorkerSummary Run(IProgress<QueueWorkerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int claimed = 0, stored = 0, duplicates = 0, refused = 0, statements = 0, positions = 0;
        string? diskFull = null;
        // The claims stay fresh while the worker lives, three times a timeout; only a dead worker's expire.
        var renewEvery = _options.ClaimTimeout / 3;
        using var heartbeat = new Timer(_ => Renew(), null, renewEvery, renewEvery);
        try
        {
            while (!cancellationToken.IsCancellationRequested && diskFull is null)
            {
                var batch = _queue.Claim(_options.Name, _options.BatchSize, _options.ClaimTimeout);
                if (batch.Count == 0)
                {
                    if (_options.StopWhenEmpty || cancellationToken.WaitHandle.WaitOne(_options.PollInterval))
                    {
                        break;
                    }
                    continue;
                }
                claimed += batch.Count;
                var outcomes = batch
                    .AsParallel()
                    .AsOrdered()
                    .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                    .Select(item => (Item: item, Outcome: Analyse(item, cancellationToken)));
                foreach (var (item, analysed) in outcomes)
                {
                    // A cancel mid-batch leaves the rest claimed; they are handed back below, not marked refused.
                    if (cancellationToken.IsCancellationRequested || diskFull is not null)
                    {
                        continue;
                    }
                    var outcome = analysed.Ready is { } ready ? _ingestor.Store(ready) : analysed.Outcome!;
                    if (outcome.DiskFull)
                    {
                        diskFull = outcome.Refusal;
                        continue;
                    }
                    _queue.Finish(item.QueueId, Result(outcome));
                    if (outcome.Refusal is not null)
                    {
                        refused++;
                    }
                    else if (outcome.Duplicate)
                    {
                        duplicates++;
                    }
                    else
                    {
                        stored++;
                        statements += outcome.Statements;
                        positions += outcome.Positions;
                    }
                    progress?.Report(new QueueWorkerProgress(item, outcome));
                }
            }
        }
        finally
        {
            _queue.Release(_options.Name);
        }
        return new QueueWorkerSummary(claimed, stored, duplicates, refused, statements, positions, clock.Elapsed, diskFull);
    }

    private void Renew()
    {
        try
        {
            _queue.Renew(_options.Name);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or StorageFullException)
        {
            // A missed beat is retried at the next; a store that stays unreachable fails the worker's next claim.
        }
    }

    // The article analysed and ready to store, or what became of it instead (stored already, refused).
    private (Core.Analysis.AnalysedArticle? Ready, IngestOutcome? Outcome) Analyse(QueuedArticle item, CancellationToken cancellationToken)
    {
        if (_ingestor.StoredAs(item.Article) is { } storedId)
        {
            return (null, IngestOutcome.AlreadyStored(item.Article, storedId));
        }
        var (analysed, refusal) = _ingestor.Analyse(item.Article, cancellationToken);
        return (analysed, refusal);
    }

    private static QueueResult Result(IngestOutcome outcome) =>
        outcome.Refusal is { } reason ? new QueueResult(QueueOutcome.Refused, null, reason)
        : outcome.Duplicate ? new QueueResult(QueueOutcome.Duplicate, outcome.ArticleId)
        : new QueueResult(QueueOutcome.Stored, outcome.ArticleId);
}
