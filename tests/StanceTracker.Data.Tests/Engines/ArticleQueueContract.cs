using System.Collections.Concurrent;
using System.Globalization;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>
/// What every engine's article queue must do for workers sharing it: each article handed to one worker at a time,
/// an expired claim handed out again, every article finished once, whatever the number of workers.
/// </summary>
public abstract class ArticleQueueContract : IDisposable
{
    private static readonly TimeSpan Fresh = TimeSpan.FromHours(1);

    private readonly Lazy<StoreEngineUnderTest> _engine;

    protected ArticleQueueContract() => _engine = new(Open);

    protected abstract StoreEngineUnderTest Open();

    private IArticleQueueStore Queue => _engine.Value.Get<IArticleQueueStore>();

    public void Dispose()
    {
        if (_engine.IsValueCreated)
        {
            _engine.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }

    private static List<Article> Articles(int count, int from = 0) => Enumerable.Range(from, count)
        .Select(i => new Article(
            $"Report {i}", new DateTimeOffset(2024, 3, 1 + i % 28, 9, 30, 0, TimeSpan.FromHours(2)), "Valley Post", $"https://example.org/{i}", null, "en",
            string.Create(CultureInfo.InvariantCulture, $"\"We will sign the canal treaty number {i},\" Mirela Vost said on the {i}th day. Officials welcomed it."),
            $"feed.jsonl#{i}"))
        .ToList();

    [Fact]
    public void Articles_are_queued_once_and_come_back_whole_oldest_first()
    {
        var articles = Articles(5);

        Assert.Equal(new QueueAddition(5, 0), Queue.Enqueue(articles));
        Assert.Equal(new QueueAddition(1, 5), Queue.Enqueue([.. articles, .. Articles(1, from: 5)]));
        var claimed = Queue.Claim("w1", 10, Fresh);

        Assert.Equal(6, claimed.Count);
        Assert.Equal(claimed.Select(c => c.QueueId).Order(), claimed.Select(c => c.QueueId));
        Assert.Equal(articles[0], claimed[0].Article);
        Assert.Equal(articles[0].Published, claimed[0].Article.Published);
        Assert.Equal(articles[0].ContentHash, claimed[0].Article.ContentHash);
        Assert.All(claimed, c => Assert.Equal(1, c.Attempts));
        Assert.Equal(new QueueCounts(0, 6, 0, 0, 0, 0), Queue.Counts());
    }

    [Fact]
    public void A_fresh_claim_is_never_handed_out_twice_and_an_expired_one_is()
    {
        Queue.Enqueue(Articles(4));

        var first = Queue.Claim("w1", 3, Fresh);
        var second = Queue.Claim("w2", 3, Fresh);
        Assert.Equal(3, first.Count);
        Assert.Single(second);
        Assert.Empty(first.Select(c => c.QueueId).Intersect(second.Select(c => c.QueueId)));
        Assert.Empty(Queue.Claim("w3", 3, Fresh));
        Assert.Equal(3, Queue.Renew("w1"));

        Thread.Sleep(30);
        var takenOver = Queue.Claim("w3", 10, TimeSpan.FromMilliseconds(10));
        Assert.Equal(4, takenOver.Count);
        Assert.All(takenOver, c => Assert.Equal(2, c.Attempts));
    }

    [Fact]
    public void Each_article_is_finished_once_and_a_clean_stop_hands_claims_back()
    {
        Queue.Enqueue(Articles(4));
        var claimed = Queue.Claim("w1", 4, Fresh);

        Assert.True(Queue.Finish(claimed[0].QueueId, new QueueResult(QueueOutcome.Stored, 17)));
        Assert.False(Queue.Finish(claimed[0].QueueId, new QueueResult(QueueOutcome.Duplicate, 17)));
        Assert.True(Queue.Finish(claimed[1].QueueId, new QueueResult(QueueOutcome.Refused, null, "too long")));
        Assert.Equal(2, Queue.Release("w1"));
        Assert.Equal(new QueueCounts(2, 0, 1, 0, 1, 0), Queue.Counts());

        var again = Queue.Claim("w2", 4, Fresh);
        Assert.Equal([claimed[2].QueueId, claimed[3].QueueId], again.Select(c => c.QueueId));
        Assert.All(again, c => Assert.Equal(1, c.Attempts));
    }

    [Fact]
    public void An_article_whose_workers_keep_dying_is_given_up_with_the_reason()
    {
        Queue.Enqueue(Articles(1));
        var expiry = TimeSpan.FromMilliseconds(10);
        for (var attempt = 1; attempt <= IArticleQueueStore.MaxAttempts; attempt++)
        {
            Assert.Equal(attempt, Assert.Single(Queue.Claim($"w{attempt}", 1, expiry)).Attempts);
            Thread.Sleep(30);
        }

        Assert.Empty(Queue.Claim("w9", 1, expiry));
        Assert.Equal(new QueueCounts(0, 0, 0, 0, 0, 1), Queue.Counts());
    }

    [Fact]
    public void Workers_claiming_at_once_share_the_queue_without_overlap()
    {
        Queue.Enqueue(Articles(120));
        var seen = new ConcurrentBag<long>();

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            while (Queue.Claim($"w{worker}", 3, Fresh) is { Count: > 0 } batch)
            {
                foreach (var item in batch)
                {
                    seen.Add(item.QueueId);
                    Assert.True(Queue.Finish(item.QueueId, new QueueResult(QueueOutcome.Stored, item.QueueId)));
                }
            }
        });

        Assert.Equal(120, seen.Count);
        Assert.Equal(120, seen.Distinct().Count());
        Assert.Equal(new QueueCounts(0, 0, 120, 0, 0, 0), Queue.Counts());
    }

    [Fact]
    public void Three_workers_store_every_article_once_and_finish_a_dead_worker_s_claims()
    {
        var engine = _engine.Value;
        Queue.Enqueue(Articles(30));
        // A worker that claimed five and died: its claims expire and the others finish them.
        Assert.Equal(5, Queue.Claim("dead", 5, Fresh).Count);
        var expiry = TimeSpan.FromSeconds(1);
        Thread.Sleep(expiry + TimeSpan.FromMilliseconds(100));
        var ingestor = new ArticleIngestor(engine.Articles, new ArticleAnalyzer(ActorCatalog.Empty));
        var options = new QueueWorkerOptions { StopWhenEmpty = true, BatchSize = 2, Parallelism = 1, ClaimTimeout = expiry };

        var summaries = new ConcurrentBag<QueueWorkerSummary>();
        Parallel.For(0, 3, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i =>
            summaries.Add(new QueueWorker(Queue, ingestor, options with { Name = $"live-{i}" }).Run()));

        // Each article analysed once: nothing was found stored already, so no claim was handed out twice.
        Assert.Equal((30, 0), (summaries.Sum(s => s.Stored), summaries.Sum(s => s.Duplicates)));
        Assert.Equal(30, engine.Stats.Get().Articles);
        Assert.Equal(30, Queue.Counts().Stored + Queue.Counts().Duplicate);
        Assert.Equal(0, Queue.Counts().Waiting + Queue.Counts().Claimed);
        Assert.All(Articles(30), a => Assert.NotNull(engine.Articles.Find(a.ContentHash)));
    }
}

public sealed class SqliteArticleQueueTests : ArticleQueueContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresArticleQueueTests : ArticleQueueContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
