using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// What every engine's news source store must do: refuse what cannot be polled and what is there already, keep each
/// source's status as the poller records it, hand out the due sources, and remember what was seen per source.
/// </summary>
public abstract class NewsSourceStoreContract : EngineContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private INewsSourceStore Sources => Engine.Get<INewsSourceStore>();

    protected override void Arrange(StoreEngineUnderTest engine)
    {
    }

    [Fact]
    public void A_feed_and_a_folder_are_added_normalised_and_due_at_once()
    {
        using var folder = new TempFolder();

        var feed = Sources.Add("  HTTPS://News.Example.org/world/rss.xml#top ", null, TimeSpan.FromMinutes(30), Now);
        var watched = Sources.Add(folder.Path + Path.DirectorySeparatorChar, "Wire drop", TimeSpan.FromHours(2), Now);

        Assert.Equal((NewsSourceKind.Feed, "https://news.example.org/world/rss.xml", "news.example.org/world/rss.xml"), (feed.Kind, feed.Location, feed.Name));
        Assert.Equal((NewsSourceKind.Folder, folder.Path, "Wire drop", TimeSpan.FromHours(2)), (watched.Kind, watched.Location, watched.Name, watched.Interval));
        Assert.Equal(Now, feed.AddedAt);
        Assert.Equal(Now, feed.NextPollAt);
        Assert.Null(feed.LastSuccessAt);
        Assert.Equal([feed.Id, watched.Id], Sources.List().Select(s => s.Id));
        Assert.Equal([feed.Id, watched.Id], Sources.Due(Now).Select(s => s.Id));
        Assert.Empty(Sources.Due(Now.AddSeconds(-1)));
        Assert.Equal(feed, Sources.FindByLocation("https://news.example.org/world/rss.xml"));
        Assert.Equal(watched, Sources.Find(watched.Id));
    }

    [Theory]
    [InlineData("ftp://news.example.org/feed", "not an absolute http or https address")]
    [InlineData("file:///etc/passwd", "not an absolute http or https address")]
    [InlineData("www.example.org/feed", "has no scheme")]
    [InlineData("/no/such/folder/anywhere", "neither an http(s) address nor an existing folder")]
    [InlineData("", "give a feed address")]
    public void What_cannot_be_polled_is_refused_with_the_reason_and_nothing_is_stored(string location, string reason)
    {
        var refused = Assert.Throws<ArgumentException>(() => Sources.Add(location, null, TimeSpan.FromMinutes(30), Now));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Empty(Sources.List());
    }

    [Fact]
    public void An_interval_out_of_range_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => Sources.Add("https://news.example.org/rss", null, TimeSpan.FromSeconds(20), Now));

        Assert.Contains("out of range", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Sources.List());
    }

    [Fact]
    public void The_same_feed_twice_is_refused_naming_the_source_it_already_is()
    {
        var first = Sources.Add("https://news.example.org/rss", "Example", TimeSpan.FromMinutes(30), Now);

        var refused = Assert.Throws<NewsSourceExistsException>(() => Sources.Add("https://NEWS.example.org/rss#latest", null, TimeSpan.FromHours(1), Now));

        Assert.Contains($"already source {first.Id} ('Example')", refused.Message, StringComparison.Ordinal);
        Assert.Single(Sources.List());
    }

    [Fact]
    public void A_poll_s_outcome_is_kept_failures_push_it_back_and_a_success_clears_them()
    {
        var source = Sources.Add("https://news.example.org/rss", null, TimeSpan.FromMinutes(30), Now);
        var retry = Now.AddHours(1);

        Assert.True(Sources.RecordPoll(source.Id, new PollRecord(Now, null, "\"v1\"", "Mon, 07 Dec 2026 08:00:00 GMT", 12, 0, Now.AddMinutes(30))));
        Assert.True(Sources.RecordPoll(source.Id, new PollRecord(Now.AddMinutes(30), "HTTP 500 Internal Server Error", "\"v1\"", "Mon, 07 Dec 2026 08:00:00 GMT", 0, 1, retry)));
        var failing = Sources.Find(source.Id)!;

        Assert.Equal((Now, Now.AddMinutes(30), "HTTP 500 Internal Server Error", 1, retry), (failing.LastSuccessAt, failing.LastErrorAt, failing.LastError, failing.ConsecutiveFailures, failing.NextPollAt));
        Assert.Equal(("\"v1\"", "Mon, 07 Dec 2026 08:00:00 GMT", 12L, 12), (failing.ETag, failing.LastModified, failing.ArticlesAdded, failing.LastArticlesAdded));
        Assert.True(failing.Failing);
        Assert.Empty(Sources.Due(retry.AddMinutes(-1)));

        Assert.True(Sources.RecordPoll(source.Id, new PollRecord(retry, null, "\"v2\"", null, 3, 0, retry.AddMinutes(30))));
        var recovered = Sources.Find(source.Id)!;

        Assert.Equal((retry, 0, 15L, 3, "\"v2\"", (string?)null), (recovered.LastSuccessAt, recovered.ConsecutiveFailures, recovered.ArticlesAdded, recovered.LastArticlesAdded, recovered.ETag, recovered.LastModified));
        Assert.False(recovered.Failing);
        Assert.Equal("HTTP 500 Internal Server Error", recovered.LastError);
        Assert.Equal(retry, recovered.LastPolledAt);
    }

    [Fact]
    public void Seen_items_are_kept_per_source_a_changed_fingerprint_replaces_the_old_and_removal_takes_them_along()
    {
        var one = Sources.Add("https://news.example.org/rss", null, TimeSpan.FromMinutes(30), Now);
        var two = Sources.Add("https://other.example.org/atom", null, TimeSpan.FromMinutes(30), Now);

        Sources.MarkSeen(one.Id, [new SeenItem("https://news.example.org/a", ""), new SeenItem("file:a.txt", "10:1")], Now);
        Sources.MarkSeen(one.Id, [new SeenItem("file:a.txt", "12:2")], Now.AddMinutes(5));
        Sources.MarkSeen(two.Id, [new SeenItem("https://news.example.org/a", "")], Now);

        Assert.Equal(new Dictionary<string, string> { ["https://news.example.org/a"] = "", ["file:a.txt"] = "12:2" }, Sources.Seen(one.Id));
        Assert.Single(Sources.Seen(two.Id));

        Assert.True(Sources.Remove(one.Id));
        Assert.False(Sources.Remove(one.Id));
        Assert.Empty(Sources.Seen(one.Id));
        Assert.Equal(1, Count("news_source_items"));
        Assert.Equal([two.Id], Sources.List().Select(s => s.Id));
        Assert.False(Sources.RecordPoll(one.Id, new PollRecord(Now, null, null, null, 1, 0, Now)));
        Sources.MarkSeen(one.Id, [new SeenItem("late", "")], Now);
        Assert.Equal(1, Count("news_source_items"));
    }

    [Fact]
    public void Due_sources_come_longest_overdue_first()
    {
        var a = Sources.Add("https://a.example.org/rss", null, TimeSpan.FromMinutes(30), Now);
        var b = Sources.Add("https://b.example.org/rss", null, TimeSpan.FromMinutes(30), Now);
        Sources.RecordPoll(a.Id, new PollRecord(Now, null, null, null, 0, 0, Now.AddMinutes(20)));
        Sources.RecordPoll(b.Id, new PollRecord(Now, null, null, null, 0, 0, Now.AddMinutes(10)));

        Assert.Equal([b.Id, a.Id], Sources.Due(Now.AddMinutes(25)).Select(s => s.Id));
        Assert.Equal([b.Id], Sources.Due(Now.AddMinutes(15)).Select(s => s.Id));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "st-watch-" + Guid.NewGuid().ToString("N")[..12])).FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

public sealed class SqliteNewsSourceStoreTests : NewsSourceStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresNewsSourceStoreTests : NewsSourceStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
