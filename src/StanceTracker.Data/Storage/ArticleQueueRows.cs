using System.Data;
using System.Globalization;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The queue's portable SQL, for every engine: adding, finishing, handing back and counting. Claiming is each engine's
/// own (PostgreSQL skips rows other workers have locked; SQLite has one writer at a time). Times are Unix milliseconds
/// from the worker's clock.
/// </summary>
internal static class ArticleQueueRows
{
    private const string InsertSql = """
        INSERT INTO article_queue (content_hash, title, published, source, url, author, language, body, origin, enqueued_at)
        VALUES (@ContentHash, @Title, @Published, @Source, @Url, @Author, @Language, @Body, @Origin, @Now)
        ON CONFLICT (content_hash) DO NOTHING
        """;

    public static QueueAddition Insert(IDbConnection connection, IDbTransaction transaction, IReadOnlyList<Article> articles, DateTimeOffset now)
    {
        var queued = 0;
        foreach (var article in articles)
        {
            queued += connection.Execute(InsertSql, new
            {
                article.ContentHash,
                article.Title,
                Published = IsoDate.FormatRoundTrip(article.Published),
                article.Source,
                article.Url,
                article.Author,
                article.Language,
                article.Body,
                article.Origin,
                Now = now.ToUnixTimeMilliseconds(),
            }, transaction);
        }
        return new QueueAddition(queued, articles.Count - queued);
    }

    // A claim that expired MaxAttempts times marks an article that never finishes (it may be what kills workers): it
    // leaves the queue with that said, rather than taking every worker down in turn.
    private const string GiveUpSql = """
        UPDATE article_queue SET finished_at = @Now, outcome = 'given-up', message = @Message
        WHERE finished_at IS NULL AND attempts >= @MaxAttempts AND claimed_at < @Expired
        """;

    public static void GiveUpOnStuck(IDbConnection connection, IDbTransaction transaction, DateTimeOffset now, TimeSpan claimTimeout) =>
        connection.Execute(GiveUpSql, new
        {
            Now = now.ToUnixTimeMilliseconds(),
            Expired = (now - claimTimeout).ToUnixTimeMilliseconds(),
            IArticleQueueStore.MaxAttempts,
            Message = $"claimed {IArticleQueueStore.MaxAttempts} times and never finished: each worker that took it stopped first",
        }, transaction);

    /// <summary>The parameters of an engine's claim statement.</summary>
    public static object ClaimParameters(string worker, int count, DateTimeOffset now, TimeSpan claimTimeout) => new
    {
        Worker = worker,
        Count = count,
        Now = now.ToUnixTimeMilliseconds(),
        Expired = (now - claimTimeout).ToUnixTimeMilliseconds(),
        IArticleQueueStore.MaxAttempts,
    };

    /// <summary>The claimed rows, oldest first (RETURNING promises no order).</summary>
    public static IReadOnlyList<QueuedArticle> Claimed(IEnumerable<ClaimedRow> rows) =>
        rows.OrderBy(r => r.QueueId).Select(r => new QueuedArticle(r.QueueId, r.ToArticle(), r.Attempts)).ToList();

    private const string FinishSql = """
        UPDATE article_queue SET finished_at = @Now, outcome = @Outcome, article_id = @ArticleId, message = @Message
        WHERE id = @QueueId AND finished_at IS NULL
        """;

    public static bool Finish(IDbConnection connection, IDbTransaction transaction, long queueId, QueueResult result, DateTimeOffset now) =>
        connection.Execute(FinishSql, new
        {
            QueueId = queueId,
            Outcome = OutcomeId(result.Outcome),
            result.ArticleId,
            result.Message,
            Now = now.ToUnixTimeMilliseconds(),
        }, transaction) == 1;

    private const string RenewSql = """
        UPDATE article_queue SET claimed_at = @Now
        WHERE claimed_by = @Worker AND finished_at IS NULL
        """;

    public static int Renew(IDbConnection connection, IDbTransaction transaction, string worker, DateTimeOffset now) =>
        connection.Execute(RenewSql, new { Worker = worker, Now = now.ToUnixTimeMilliseconds() }, transaction);

    // A clean stop is not an attempt: the count goes back, so MaxAttempts counts only workers that died holding it.
    private const string ReleaseSql = """
        UPDATE article_queue SET claimed_by = NULL, claimed_at = NULL, attempts = attempts - 1
        WHERE claimed_by = @Worker AND finished_at IS NULL
        """;

    public static int Release(IDbConnection connection, IDbTransaction transaction, string worker) =>
        connection.Execute(ReleaseSql, new { Worker = worker }, transaction);

    private const string CountsSql = """
        SELECT CAST(COALESCE(SUM(CASE WHEN finished_at IS NULL AND claimed_by IS NULL THEN 1 ELSE 0 END), 0) AS integer) AS Waiting,
               CAST(COALESCE(SUM(CASE WHEN finished_at IS NULL AND claimed_by IS NOT NULL THEN 1 ELSE 0 END), 0) AS integer) AS Claimed,
               CAST(COALESCE(SUM(CASE WHEN outcome = 'stored' THEN 1 ELSE 0 END), 0) AS integer) AS Stored,
               CAST(COALESCE(SUM(CASE WHEN outcome = 'duplicate' THEN 1 ELSE 0 END), 0) AS integer) AS Duplicate,
               CAST(COALESCE(SUM(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 END), 0) AS integer) AS Refused,
               CAST(COALESCE(SUM(CASE WHEN outcome = 'given-up' THEN 1 ELSE 0 END), 0) AS integer) AS GivenUp
        FROM article_queue
        """;

    public static QueueCounts Counts(IDbConnection connection)
    {
        var row = connection.QuerySingle<CountsRow>(CountsSql);
        return new QueueCounts(row.Waiting, row.Claimed, row.Stored, row.Duplicate, row.Refused, row.GivenUp);
    }

    private static string OutcomeId(QueueOutcome outcome) => outcome switch
    {
        QueueOutcome.Stored => "stored",
        QueueOutcome.Duplicate => "duplicate",
        QueueOutcome.Refused => "refused",
        QueueOutcome.GivenUp => "given-up",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>A claimed row as both engines' claim statements return it; aliases match these names.</summary>
    internal sealed class ClaimedRow
    {
        public long QueueId { get; init; }
        public int Attempts { get; init; }
        public string Title { get; init; } = "";
        public string Published { get; init; } = "";
        public string? Source { get; init; }
        public string? Url { get; init; }
        public string? Author { get; init; }
        public string? Language { get; init; }
        public string Body { get; init; } = "";
        public string Origin { get; init; } = "";

        public Article ToArticle() => new(
            Title, DateTimeOffset.Parse(Published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), Source, Url, Author, Language, Body, Origin);
    }

    private sealed class CountsRow
    {
        public int Waiting { get; init; }
        public int Claimed { get; init; }
        public int Stored { get; init; }
        public int Duplicate { get; init; }
        public int Refused { get; init; }
        public int GivenUp { get; init; }
    }
}
