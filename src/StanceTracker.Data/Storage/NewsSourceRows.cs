using System.Data;
using Dapper;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The news source tables for every engine (the SQL is portable). Which location is the same as another rests on
/// <c>location_key</c>, normalised in C# (<see cref="NewsSourceRules.ParseLocation"/>). Times are Unix milliseconds.
/// </summary>
internal static class NewsSourceRows
{
    private const string Columns = """
        s.id AS Id, s.kind AS Kind, s.location AS Location, s.name AS Name, s.poll_seconds AS PollSeconds, s.added_at AS AddedAt,
        s.etag AS ETag, s.last_modified AS LastModified, s.last_polled_at AS LastPolledAt, s.last_success_at AS LastSuccessAt,
        s.last_error_at AS LastErrorAt, s.last_error AS LastError, s.consecutive_failures AS ConsecutiveFailures,
        s.next_poll_at AS NextPollAt, s.articles_added AS ArticlesAdded, s.last_articles_added AS LastArticlesAdded
        """;

    private const string FindByKeySql = $"""
        SELECT {Columns} FROM news_sources s WHERE s.location_key = @Key
        """;

    public static NewsSource? FindByKey(IDbConnection connection, IDbTransaction? transaction, string key) =>
        connection.QuerySingleOrDefault<SourceRow>(FindByKeySql, new { Key = key }, transaction)?.ToSource();

    private const string InsertSql = """
        INSERT INTO news_sources (kind, location, location_key, name, poll_seconds, added_at, next_poll_at)
        VALUES (@Kind, @Location, @Key, @Name, @PollSeconds, @Now, @Now)
        RETURNING id
        """;

    /// <summary>Checks the location, name and interval, refuses a location already added, and inserts the source, due at once.</summary>
    public static NewsSource Add(IDbConnection connection, IDbTransaction transaction, string input, string? name, TimeSpan interval, DateTimeOffset now)
    {
        var (kind, location) = NewsSourceRules.ParseLocation(input);
        var shownName = NewsSourceRules.Name(name, kind, location);
        NewsSourceRules.CheckInterval(interval);
        if (FindByKey(connection, transaction, location) is { } existing)
        {
            throw Taken(location, existing);
        }
        var id = connection.ExecuteScalar<long>(InsertSql, new
        {
            Kind = KindId(kind),
            Location = location,
            Key = location,
            Name = shownName,
            PollSeconds = (long)interval.TotalSeconds,
            Now = now.ToUnixTimeMilliseconds(),
        }, transaction);
        return Find(connection, transaction, id)!;
    }

    public static NewsSourceExistsException Taken(string location, NewsSource? existing) => new(existing is null
        ? $"'{location}' is already a source"
        : $"'{location}' is already source {existing.Id} ('{existing.Name}'); remove it first to add it again");

    private const string FindSql = $"""
        SELECT {Columns} FROM news_sources s WHERE s.id = @Id
        """;

    public static NewsSource? Find(IDbConnection connection, IDbTransaction? transaction, long id) =>
        connection.QuerySingleOrDefault<SourceRow>(FindSql, new { Id = id }, transaction)?.ToSource();

    private const string ListSql = $"""
        SELECT {Columns} FROM news_sources s ORDER BY s.id
        """;

    public static IReadOnlyList<NewsSource> List(IDbConnection connection) =>
        connection.Query<SourceRow>(ListSql).Select(r => r.ToSource()).ToList();

    private const string DueSql = $"""
        SELECT {Columns} FROM news_sources s WHERE s.next_poll_at <= @Now ORDER BY s.next_poll_at, s.id
        """;

    public static IReadOnlyList<NewsSource> Due(IDbConnection connection, DateTimeOffset now) =>
        connection.Query<SourceRow>(DueSql, new { Now = now.ToUnixTimeMilliseconds() }).Select(r => r.ToSource()).ToList();

    // Compare-and-set on the due time: of several pollers sharing a store, the one whose update finds it unchanged has the source.
    private const string MoveDueSql = """
        UPDATE news_sources SET next_poll_at = @To WHERE id = @Id AND next_poll_at = @From
        """;

    public static bool MoveDue(IDbConnection connection, IDbTransaction transaction, long id, DateTimeOffset from, DateTimeOffset to) =>
        connection.Execute(MoveDueSql, new { Id = id, From = from.ToUnixTimeMilliseconds(), To = to.ToUnixTimeMilliseconds() }, transaction) == 1;

    private const string DeleteItemsSql = """
        DELETE FROM news_source_items WHERE source_id = @Id
        """;

    private const string DeleteSql = """
        DELETE FROM news_sources WHERE id = @Id
        """;

    public static bool Remove(IDbConnection connection, IDbTransaction transaction, long id)
    {
        connection.Execute(DeleteItemsSql, new { Id = id }, transaction);
        return connection.Execute(DeleteSql, new { Id = id }, transaction) == 1;
    }

    private const string SucceededSql = """
        UPDATE news_sources
        SET last_polled_at = @PolledAt, last_success_at = @PolledAt, etag = @ETag, last_modified = @LastModified,
            consecutive_failures = 0, next_poll_at = @NextPollAt,
            articles_added = articles_added + @ArticlesAdded, last_articles_added = @ArticlesAdded
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE news_sources
        SET last_polled_at = @PolledAt, last_error_at = @PolledAt, last_error = @Error, etag = @ETag, last_modified = @LastModified,
            consecutive_failures = @ConsecutiveFailures, next_poll_at = @NextPollAt, articles_added = articles_added + @ArticlesAdded
        WHERE id = @Id
        """;

    public static bool RecordPoll(IDbConnection connection, IDbTransaction transaction, long id, PollRecord poll) =>
        connection.Execute(poll.Succeeded ? SucceededSql : FailedSql, new
        {
            Id = id,
            PolledAt = poll.PolledAt.ToUnixTimeMilliseconds(),
            poll.Error,
            poll.ETag,
            poll.LastModified,
            poll.ConsecutiveFailures,
            NextPollAt = poll.NextPollAt.ToUnixTimeMilliseconds(),
            poll.ArticlesAdded,
        }, transaction) == 1;

    private const string SeenSql = """
        SELECT item_key AS Key, fingerprint AS Fingerprint FROM news_source_items WHERE source_id = @SourceId
        """;

    public static IReadOnlyDictionary<string, string> Seen(IDbConnection connection, long sourceId) =>
        connection.Query<SeenItem>(SeenSql, new { SourceId = sourceId }).ToDictionary(i => i.Key, i => i.Fingerprint, StringComparer.Ordinal);

    private const string MarkSeenSql = """
        INSERT INTO news_source_items (source_id, item_key, fingerprint, seen_at)
        SELECT id, @Key, @Fingerprint, @SeenAt FROM news_sources WHERE id = @SourceId
        ON CONFLICT (source_id, item_key) DO UPDATE SET fingerprint = excluded.fingerprint, seen_at = excluded.seen_at
        """;

    /// <summary>Records the items; none when the source was removed meanwhile (the insert selects it).</summary>
    public static void MarkSeen(IDbConnection connection, IDbTransaction transaction, long sourceId, IReadOnlyList<SeenItem> items, DateTimeOffset at)
    {
        var seenAt = at.ToUnixTimeMilliseconds();
        foreach (var item in items)
        {
            connection.Execute(MarkSeenSql, new { SourceId = sourceId, item.Key, item.Fingerprint, SeenAt = seenAt }, transaction);
        }
    }

    private static string KindId(NewsSourceKind kind) => kind == NewsSourceKind.Feed ? "feed" : "folder";

    internal sealed class SourceRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Location { get; init; } = "";
        public string Name { get; init; } = "";
        public long PollSeconds { get; init; }
        public long AddedAt { get; init; }
        public string? ETag { get; init; }
        public string? LastModified { get; init; }
        public long? LastPolledAt { get; init; }
        public long? LastSuccessAt { get; init; }
        public long? LastErrorAt { get; init; }
        public string? LastError { get; init; }
        public int ConsecutiveFailures { get; init; }
        public long NextPollAt { get; init; }
        public long ArticlesAdded { get; init; }
        public int LastArticlesAdded { get; init; }

        public NewsSource ToSource() => new(
            Id,
            Kind switch
            {
                "feed" => NewsSourceKind.Feed,
                "folder" => NewsSourceKind.Folder,
                _ => throw new DataException($"News source {Id} has the unknown kind '{Kind}'."),
            },
            Location,
            Name,
            TimeSpan.FromSeconds(PollSeconds),
            Time(AddedAt),
            ETag,
            LastModified,
            Time(LastPolledAt),
            Time(LastSuccessAt),
            Time(LastErrorAt),
            LastError,
            ConsecutiveFailures,
            Time(NextPollAt),
            ArticlesAdded,
            LastArticlesAdded);

        private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

        private static DateTimeOffset? Time(long? milliseconds) => milliseconds is { } ms ? Time(ms) : null;
    }
}
