using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// <c>sources add|list|remove</c> and <c>watch --once</c> on a SQLite file: a watch folder and a feed served on
/// 127.0.0.1 are polled and their articles stored, a feed that cannot be reached fails on its status line and exit
/// code, and bad locations, intervals and duplicates are refused with a message naming them.
/// </summary>
public sealed class SourcesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_watch_folder_is_added_polled_once_listed_with_its_status_and_removed()
    {
        for (var i = 0; i < 3; i++)
        {
            _temp.File($"inbox/a{i}.md", Articles.FrontMatter(i));
        }
        var inbox = Path.Combine(_temp.Path, "inbox");

        var (added, addOutput, _) = Cli.Run("sources", "add", inbox, "--name", "Desk inbox", "--every", "2h", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, added);
        Assert.Contains("Added source #1 Desk inbox (folder", addOutput, StringComparison.Ordinal);
        Assert.Contains("polled every 2h", addOutput, StringComparison.Ordinal);
        Assert.Contains("not polled yet", Cli.Run("sources", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);

        var (watched, watchOutput, _) = Cli.Run("watch", "--once", "--no-classify", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, watched);
        Assert.Contains("#1 Desk inbox: 3 read, 3 new, 0 already stored, 0 seen before", watchOutput, StringComparison.Ordinal);
        Assert.Matches(@"Articles\s+3\b", Cli.Run("stats", "--db", _temp.Database).Out);

        var list = Cli.Run("sources", "list", "--db", _temp.Database).Out;
        Assert.Contains("#1 Desk inbox (folder, every 2h): ok", list, StringComparison.Ordinal);
        Assert.Matches(@"added\s+3 \(3 at the last poll\)", list);
        Assert.Matches(@"last error\s+none", list);
        Assert.DoesNotContain("last success  never", list, StringComparison.Ordinal);

        // Polled a moment ago, every 2 hours: nothing is due.
        var (again, againOutput, _) = Cli.Run("watch", "--once", "--no-classify", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Contains("No source is due", againOutput, StringComparison.Ordinal);

        var (removed, removeOutput, _) = Cli.Run("sources", "remove", inbox, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, removed);
        Assert.Contains("Removed source #1 Desk inbox; the 3 article(s) it added stay", removeOutput, StringComparison.Ordinal);
        Assert.Contains("No sources yet", Cli.Run("sources", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);
        Assert.Matches(@"Articles\s+3\b", Cli.Run("stats", "--db", _temp.Database).Out);
    }

    [Fact]
    public async Task A_feed_on_127_0_0_1_is_read_and_an_unreachable_one_fails_on_its_status_line_while_the_other_is_stored()
    {
        using var server = new TinyFeedServer();
        var serving = server.ServeAsync(TestContext.Current.CancellationToken);
        var deadFeed = $"http://127.0.0.1:{ClosedPort()}/feed.xml";
        Assert.Equal(ExitCodes.Ok, Cli.Run("sources", "add", deadFeed, "--name", "Gone", "--db", _temp.Database).Exit);
        Assert.Equal(ExitCodes.Ok, Cli.Run("sources", "add", server.FeedUrl, "--name", "Local wire", "--db", _temp.Database).Exit);

        var (exit, output, _) = await Task.Run(() => Cli.Run("watch", "--once", "--no-classify", "--db", _temp.Database), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("#1 Gone: FAILED (1 in a row):", output, StringComparison.Ordinal);
        Assert.Contains("robots.txt could not be read", output, StringComparison.Ordinal);
        Assert.Contains("#2 Local wire: 3 read, 3 new", output, StringComparison.Ordinal);
        Assert.Matches(@"Articles\s+3\b", Cli.Run("stats", "--db", _temp.Database).Out);
        Assert.All(server.UserAgents, agent => Assert.StartsWith("StanceTracker/", agent, StringComparison.Ordinal));

        var list = Cli.Run("sources", "list", "--db", _temp.Database).Out;
        Assert.Contains("#1 Gone (feed, every 30m): failing (1 in a row):", list, StringComparison.Ordinal);
        Assert.Matches(@"last success\s+never", list);
        Assert.Contains("#2 Local wire (feed, every 30m): ok", list, StringComparison.Ordinal);
        // The failed source is retried after twice its interval, the healthy one after its interval.
        Assert.DoesNotContain("due now", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/feed.xml", "not an absolute http or https address")]
    [InlineData("www.example.org/feed.xml", "has no scheme")]
    [InlineData("no-such-folder", "neither an http(s) address nor an existing folder")]
    public void A_location_that_is_no_feed_address_or_folder_is_refused(string location, string message)
    {
        var (exit, _, error) = Cli.Run("sources", "add", location, "--db", _temp.Database);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(location, error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("often")]
    [InlineData("10x")]
    [InlineData("5s")]
    [InlineData("30d")]
    public void An_interval_that_is_unreadable_or_out_of_range_is_refused(string every)
    {
        var (exit, _, error) = Cli.Run("sources", "add", "https://example.org/feed.xml", "--every", every, "--db", _temp.Database);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(every, error, StringComparison.Ordinal);
        Assert.DoesNotContain("No sources yet", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_feed_twice_is_refused_and_removing_an_unknown_source_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Ok, Cli.Run("sources", "add", "https://Example.org/feed.xml", "--db", _temp.Database).Exit);

        var (twice, _, twiceError) = Cli.Run("sources", "add", "https://example.org/feed.xml#top", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, twice);
        Assert.Contains("https://example.org/feed.xml", twiceError, StringComparison.Ordinal);

        var (unknown, _, unknownError) = Cli.Run("sources", "remove", "7", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, unknown);
        Assert.Contains("no source '7'", unknownError, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, Cli.Run("sources", "remove", "#1", "--db", _temp.Database).Exit);
    }

    [Fact]
    public void Watch_without_sources_or_database_says_what_to_do()
    {
        var (missing, _, missingError) = Cli.Run("watch", "--once", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, missing);
        Assert.Contains("sources add", missingError, StringComparison.Ordinal);

        _temp.File("inbox/a.md", Articles.FrontMatter(1));
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "inbox"), "--db", _temp.Database).Exit);
        var (empty, _, emptyError) = Cli.Run("watch", "--once", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, empty);
        Assert.Contains("no news sources", emptyError, StringComparison.Ordinal);
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A feed of three full-text items on 127.0.0.1 (no robots.txt: everything allowed), over HttpListener.</summary>
    private sealed class TinyFeedServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly List<string> _agents = [];

        public TinyFeedServer()
        {
            var port = ClosedPort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            FeedUrl = $"http://127.0.0.1:{port}/feed.xml";
        }

        public string FeedUrl { get; }

        public IReadOnlyList<string> UserAgents
        {
            get
            {
                lock (_agents)
                {
                    return [.. _agents];
                }
            }
        }

        public async Task ServeAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested && _listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().WaitAsync(cancellationToken);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
                {
                    return;
                }
                lock (_agents)
                {
                    _agents.Add(context.Request.UserAgent ?? "");
                }
                var isFeed = context.Request.Url?.AbsolutePath == "/feed.xml";
                context.Response.StatusCode = isFeed ? 200 : 404;
                context.Response.ContentType = isFeed ? "application/rss+xml; charset=utf-8" : "text/plain";
                var body = Encoding.UTF8.GetBytes(isFeed ? Feed() : "not found");
                await context.Response.OutputStream.WriteAsync(body, cancellationToken);
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();

        private static string Feed()
        {
            var items = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
                <item>
                  <title>Minister {i} on sanctions</title>
                  <link>http://127.0.0.1/news/{i}</link>
                  <pubDate>Wed, 12 Mar 2025 0{i}:00:00 GMT</pubDate>
                  <description>{string.Concat(Enumerable.Repeat($"The foreign minister of Examplestan said on day {i} that the sanctions would stay until the troops withdraw. ", 8))}"We will not lift them," the minister {i} told reporters.</description>
                </item>
                """));
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Local wire</title><link>http://127.0.0.1/</link><description>Test feed</description>
                {items}
                </channel></rss>
                """;
        }
    }
}
