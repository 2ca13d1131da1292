using StanceTracker.Data.Composition;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Sources;

/// <summary>
/// The poller against a real HTTP server on 127.0.0.1 (<see cref="NewsFeedServer"/>) and a real store of each engine:
/// a 50-item feed read once and not again, summaries completed from their pages as robots.txt allows, conditional
/// GET, and sources that fail in every way reported and retried later while the healthy one goes on. The clock steps
/// (<see cref="SteppingClock"/>): polite delays and back-off cost no test time, yet show in the times recorded.
/// </summary>
public abstract class SourcePollerContract : EngineContract, IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    private readonly SteppingClock _clock = new(new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _owned = [];
    private NewsFeedServer _server = default!;

    private SourcePollerOptions Options { get; } = new() { RequestTimeout = TimeSpan.FromSeconds(2), PoliteDelay = TimeSpan.FromSeconds(1) };

    private INewsSourceStore Sources => Engine.Get<INewsSourceStore>();

    protected override void Arrange(StoreEngineUnderTest engine)
    {
    }

    public async ValueTask InitializeAsync() => _server = await NewsFeedServer.StartAsync(_clock.GetUtcNow);

    public async ValueTask DisposeAsync()
    {
        _owned.ForEach(o => o.Dispose());
        await _server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private SourcePoller Poller()
    {
        var http = new FeedHttp(Options);
        var ingestor = new ArticleIngestor(Engine.Articles, Engine.Get<ArticleAnalyzers>().Create(classify: false));
        var poller = new SourcePoller(Sources, ingestor, http, Options, _clock);
        _owned.Add(poller);
        _owned.Add(http);
        return poller;
    }

    private NewsSource Add(string path) => Sources.Add(_server.Url(path), null, Interval, _clock.GetUtcNow());

    private static SourcePollResult Only(IReadOnlyList<SourcePollResult> results) => Assert.Single(results);

    [Fact]
    public async Task A_feed_of_50_items_is_read_once_and_the_next_poll_sends_its_validators_gets_304_and_adds_nothing()
    {
        var items = WorldNewsFeed.ServeOn(_server);
        var source = Add("/world.rss");
        var poller = Poller();

        var first = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Null(first.Record.Error);
        Assert.Equal(WorldNewsFeed.ItemCount, first.Read);
        Assert.Equal(0, first.Refused);
        Assert.Equal(WorldNewsFeed.ItemCount, first.Added + first.AlreadyStored);
        Assert.Equal(first.Added, Count("articles"));
        Assert.Equal((WorldNewsFeed.SummaryOnlyCount - 1, 1), (first.PagesFetched, first.SummariesKept));
        Assert.Contains(first.Problems, p => p.Contains("robots.txt disallows", StringComparison.Ordinal));
        Assert.All(items.Where(i => i.SummaryOnly && !i.Disallowed), i => Assert.Single(_server.RequestsFor(i.Path)));
        Assert.All(items.Where(i => i.Disallowed), i => Assert.Empty(_server.RequestsFor(i.Path)));
        Assert.Single(_server.RequestsFor("/robots.txt"));
        Assert.All(_server.Requests, r => Assert.StartsWith("StanceTracker/", r.UserAgent, StringComparison.Ordinal));

        // The pages' text replaced the summaries; the disallowed page's summary was kept.
        var fetched = items.First(i => i.SummaryOnly && !i.Disallowed);
        var kept = items.Single(i => i.Disallowed);
        Assert.Contains("Lancaster House", Body(fetched), StringComparison.Ordinal);
        Assert.Equal(kept.Description, Body(kept));

        // One host, asked no faster than the polite delay allows.
        var times = _server.Requests.Select(r => r.At).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= Options.PoliteDelay, $"{pair.First:O} then {pair.Second:O}"));

        var status = Sources.Find(source.Id)!;
        Assert.Equal((first.Record.PolledAt, (long)first.Added, 0, "\"world-v1\""), (status.LastSuccessAt, status.ArticlesAdded, status.ConsecutiveFailures, status.ETag));
        Assert.Equal(status.LastPolledAt!.Value.Add(Interval), status.NextPollAt, TimeSpan.FromMinutes(2));

        _clock.Advance(Interval + TimeSpan.FromMinutes(1));
        var second = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        var feedRequests = _server.RequestsFor("/world.rss");
        Assert.True(second.NotModified);
        Assert.Equal((0, 0), (second.Read, second.Added));
        Assert.Equal(2, feedRequests.Count);
        Assert.Equal((null, null, 200), (feedRequests[0].IfNoneMatch, feedRequests[0].IfModifiedSince, feedRequests[0].Status));
        Assert.Equal(("\"world-v1\"", "Wed, 12 Mar 2025 08:00:00 GMT", 304), (feedRequests[1].IfNoneMatch, feedRequests[1].IfModifiedSince, feedRequests[1].Status));
        Assert.Equal(first.Added, Count("articles"));
        Assert.Equal(WorldNewsFeed.SummaryOnlyCount - 1, _server.Requests.Count(r => r.Path.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal(first.Added, Sources.Find(source.Id)!.ArticlesAdded);
    }

    // The case end to end: the feed's ten wire copies come through the poller, not a file, and the shared
    // statement is stored once with all ten articles behind it; polling again adds no article, statement or report.
    [Fact]
    public async Task A_feed_s_ten_wire_copies_are_one_statement_with_ten_articles_and_the_next_poll_adds_nothing()
    {
        WorldNewsFeed.ServeOn(_server);
        Add("/world.rss");
        var poller = Poller();

        var first = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(WorldNewsFeed.ItemCount, first.Added);
        var shared = Rows<long>("SELECT id FROM statements WHERE text LIKE @Quote", new { Quote = "%single sanction until Russia ends this war%" });
        var statement = Assert.Single(shared);
        Assert.Equal(WorldNewsFeed.WireCopyCount - 1, Scalar<long>("SELECT COUNT(*) FROM statement_reports WHERE statement_id = @Id", new { Id = statement }));
        Assert.Equal(WorldNewsFeed.WireCopyCount, Scalar<long>(
            """
            SELECT COUNT(DISTINCT a) FROM (
              SELECT article_id AS a FROM statements WHERE id = @Id
              UNION SELECT article_id AS a FROM statement_reports WHERE statement_id = @Id) reports
            """, new { Id = statement }));
        var stored = (Count("articles"), Count("statements"), Count("statement_reports"));

        _clock.Advance(Interval + TimeSpan.FromMinutes(1));
        var second = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(0, second.Added);
        Assert.Equal(stored, (Count("articles"), Count("statements"), Count("statement_reports")));
    }

    [Fact]
    public void A_due_source_is_claimed_by_one_poller_and_handed_back_due_as_it_was()
    {
        Add("/world.rss");
        var now = _clock.GetUtcNow();
        var due = Assert.Single(Sources.Due(now));
        var until = now.AddMinutes(7);

        Assert.True(Sources.TryClaim(due, until));
        Assert.False(Sources.TryClaim(due, until), "a second poller holding the same read took the source too");
        Assert.Empty(Sources.Due(now));
        Assert.Single(Sources.Due(until));

        Sources.Release(due, until);
        Assert.Equal(due.NextPollAt, Assert.Single(Sources.Due(now)).NextPollAt);
    }

    // Several dashboards (or watch processes) on one team store: the feed site is asked once, not once per poller.
    [Fact]
    public async Task Two_pollers_sharing_a_store_poll_a_due_source_once()
    {
        WorldNewsFeed.ServeOn(_server);
        Add("/world.rss");
        var (one, two) = (Poller(), Poller());

        var results = await Task.WhenAll(
            one.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken),
            two.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Single(results.SelectMany(r => r));
        Assert.Single(_server.RequestsFor("/world.rss"));
        Assert.Equal(WorldNewsFeed.ItemCount, Count("articles"));
    }

    [Fact]
    public async Task A_feed_that_ignores_validators_is_read_again_but_its_seen_items_are_skipped_and_no_page_is_fetched_twice()
    {
        WorldNewsFeed.ServeOn(_server, honourConditional: false);
        Add("/world.rss");
        var poller = Poller();
        var first = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));
        var pages = _server.Requests.Count(r => r.Path.EndsWith(".html", StringComparison.Ordinal));

        _clock.Advance(Interval + TimeSpan.FromMinutes(1));
        var second = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.False(second.NotModified);
        Assert.Equal((WorldNewsFeed.ItemCount, WorldNewsFeed.ItemCount, 0, 0, 0), (second.Read, second.Unchanged, second.Added, second.AlreadyStored, second.PagesFetched));
        Assert.Equal(pages, _server.Requests.Count(r => r.Path.EndsWith(".html", StringComparison.Ordinal)));
        Assert.Equal(first.Added, Count("articles"));
    }

    [Fact]
    public async Task Failing_sources_are_reported_and_retried_later_with_growing_back_off_while_the_healthy_one_adds_its_articles()
    {
        var healthyItems = WorldNewsFeed.Items().Take(3).ToList();
        _server.Feed("/healthy.rss", WorldNewsFeed.Rss(_server.Address, healthyItems), "\"h1\"", new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        _server.Status("/broken.rss", 500);
        _server.Hang("/slow.rss");
        _server.Text("/malformed.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Half</title><item><title>Cut off");
        _server.Huge("/huge.rss", 50L * 1024 * 1024);
        var failing = new Dictionary<string, string>
        {
            ["/broken.rss"] = "HTTP 500 Internal Server Error",
            ["/slow.rss"] = "no complete answer within 2 s (timed out)",
            ["/malformed.rss"] = "malformed feed XML at line 1",
            ["/huge.rss"] = "the answer passed the 10 MB limit; the rest was not read",
        };
        var ids = failing.Keys.ToDictionary(path => path, path => Add(path).Id);
        var healthy = Add("/healthy.rss");
        var poller = Poller();

        var first = await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, first.Count);
        Assert.Equal((null, 3), (first.Single(r => r.Source.Id == healthy.Id).Record.Error, first.Single(r => r.Source.Id == healthy.Id).Added));
        Assert.Equal(3, Count("articles"));
        var firstDelays = new Dictionary<string, TimeSpan>();
        foreach (var (path, message) in failing)
        {
            var status = Sources.Find(ids[path])!;
            Assert.Contains(message, status.LastError, StringComparison.Ordinal);
            Assert.Equal((1, (DateTimeOffset?)null), (status.ConsecutiveFailures, status.LastSuccessAt));
            firstDelays[path] = status.NextPollAt - status.LastErrorAt!.Value;
            Assert.InRange(firstDelays[path], 2 * Interval, 2 * Interval + TimeSpan.FromMinutes(1));
        }

        _clock.Advance(2 * Interval + TimeSpan.FromMinutes(2));
        var second = await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(5, second.Count);
        Assert.True(second.Single(r => r.Source.Id == healthy.Id).NotModified);
        foreach (var (path, message) in failing)
        {
            var status = Sources.Find(ids[path])!;
            Assert.Contains(message, status.LastError, StringComparison.Ordinal);
            Assert.Equal(2, status.ConsecutiveFailures);
            Assert.InRange(status.NextPollAt - status.LastErrorAt!.Value, 4 * Interval, 4 * Interval + TimeSpan.FromMinutes(1));
        }
        Assert.Equal(3, Count("articles"));
        Assert.Equal(0, Sources.Find(healthy.Id)!.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_feed_robots_txt_disallows_is_not_fetched_and_the_source_says_why()
    {
        _server.Robots("User-agent: *\nAllow: /\n\nUser-agent: StanceTracker\nDisallow: /private/\n");
        _server.Feed("/private/feed.rss", WorldNewsFeed.Rss(_server.Address, WorldNewsFeed.Items().Take(2)), "\"p\"", DateTimeOffset.UnixEpoch);
        var source = Add("/private/feed.rss");

        Only(await Poller().PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("robots.txt disallows /private/feed.rss", Sources.Find(source.Id)!.LastError, StringComparison.Ordinal);
        Assert.Empty(_server.RequestsFor("/private/feed.rss"));
        Assert.Equal(0, Count("articles"));
    }

    [Fact]
    public async Task A_watch_folder_s_new_and_changed_files_are_read_once_and_a_vanished_folder_fails()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "st-watch-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.md"), Article("Tusk", 1));
            File.WriteAllText(Path.Combine(folder, "b.md"), Article("Meloni", 2));
            var source = Sources.Add(folder, "Wire drop", Interval, _clock.GetUtcNow());
            var poller = Poller();

            var first = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));
            _clock.Advance(Interval + TimeSpan.FromMinutes(1));
            var unchanged = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));
            File.WriteAllText(Path.Combine(folder, "b.md"), Article("Meloni", 3));
            File.SetLastWriteTimeUtc(Path.Combine(folder, "b.md"), DateTime.UtcNow.AddMinutes(1));
            File.WriteAllText(Path.Combine(folder, "c.md"), Article("Frederiksen", 4));
            _clock.Advance(Interval + TimeSpan.FromMinutes(1));
            var changed = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

            Assert.Equal((2, 2), (first.Read, first.Added));
            Assert.Equal((0, 2, 0), (unchanged.Read, unchanged.Unchanged, unchanged.Added));
            Assert.Equal((2, 1, 2), (changed.Read, changed.Unchanged, changed.Added));
            Assert.Equal(4, Count("articles"));

            Directory.Delete(folder, recursive: true);
            _clock.Advance(Interval + TimeSpan.FromMinutes(1));
            var gone = Only(await poller.PollDueAsync(cancellationToken: TestContext.Current.CancellationToken));

            Assert.Contains("no longer exists", gone.Record.Error, StringComparison.Ordinal);
            Assert.Equal(1, Sources.Find(source.Id)!.ConsecutiveFailures);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_cancelled_poll_stops_and_leaves_the_source_due()
    {
        _server.Hang("/slow.rss");
        var source = Add("/slow.rss");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Poller().PollDueAsync(cancellationToken: cancel.Token));

        Assert.Null(Sources.Find(source.Id)!.LastPolledAt);
        Assert.Single(Sources.Due(_clock.GetUtcNow()));
    }

    private string Body(WorldNewsFeed.Item item) =>
        Scalar<string>("SELECT body FROM articles WHERE url = @Url", new { Url = _server.Url(item.Path) });

    private static string Article(string speaker, int number) => $"""
        ---
        title: {speaker} on sanctions, report {number}
        published: 2025-03-0{number}
        source: Folder Wire
        ---

        Prime Minister {speaker} spoke about sanctions on Russia on day {number} of the talks in Brussels.

        "We will keep the sanctions in place until there is a just peace, and report {number} shows why," {speaker} told reporters.
        """;
}

public sealed class SqliteSourcePollerTests : SourcePollerContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresSourcePollerTests : SourcePollerContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
