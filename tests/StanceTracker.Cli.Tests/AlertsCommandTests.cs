using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// <c>stancetracker alerts</c> on a real database file, sending to a real HTTP receiver on 127.0.0.1: a follow made
/// between two articles gets the shift the second one brings, once.
/// </summary>
public sealed class AlertsCommandTests : IDisposable
{
    private static readonly Speaker Premier = new("Ana Lind", "ana-lind", "ARD", "Prime Minister", Offices.HeadOfGovernment);

    private readonly TempFolder _temp = new();

    public AlertsCommandTests() =>
        Save(Article(1, "2024-02-27", "Lind ruled out sending troops to Ukraine.", Stance.Oppose));

    public void Dispose() => _temp.Dispose();

    private void Save(AnalysedArticle article)
    {
        using var app = new ServiceCollection()
            .AddStanceTracker(new StanceTrackerOptions(ProjectPaths.DataDirectory) { DatabasePath = _temp.Database })
            .BuildServiceProvider();
        app.GetRequiredService<IArticleStore>().Save(article);
    }

    private static AnalysedArticle Article(int n, string date, string text, Stance stance) =>
        new(new Article($"Report {n}", DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "Wire", $"https://example.test/{n}", null, "en", text, $"r{n}.md"),
            [new Statement(Premier, text, StatementKind.Indirect, 0, text.Length, [new PositionClaim("troops-in-ukraine", stance, 0.9, "test")])]);

    private void ArdeniaTurns() => Save(Article(2, "2025-02-17", "Lind said she was ready to put troops on the ground.", Stance.Support));

    [Fact]
    public void Follow_send_list_and_unfollow_deliver_a_new_shift_once()
    {
        using var receiver = new Receiver(200);
        var followed = Cli.Run("alerts", "follow", "--country", "ard", "--webhook", receiver.Url, "--db", _temp.Database);
        Assert.True(followed.Exit == ExitCodes.Ok, followed.Err);
        Assert.Contains("Follow #1:", followed.Out, StringComparison.Ordinal);
        ArdeniaTurns();

        var sent = Cli.Run("alerts", "send", "--db", _temp.Database, "--dashboard-url", "http://127.0.0.1:5099/");

        Assert.True(sent.Exit == ExitCodes.Ok, sent.Out + sent.Err);
        Assert.Contains($"sent:    follow #1 (webhook {receiver.Url}): 1 shift(s)", sent.Out, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(Assert.Single(receiver.Bodies)))
        {
            var shift = Assert.Single(json.RootElement.GetProperty("shifts").EnumerateArray().ToList());
            Assert.Equal(("ARD", "troops-in-ukraine", "oppose", "support"), (shift.GetProperty("subject").GetString(),
                shift.GetProperty("topic").GetString(), shift.GetProperty("from").GetString(), shift.GetProperty("to").GetString()));
            Assert.StartsWith("http://127.0.0.1:5099/changes?since=2025-02-17&country=ARD", json.RootElement.GetProperty("dashboard").GetString(), StringComparison.Ordinal);
        }

        var again = Cli.Run("alerts", "send", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, again.Exit);
        Assert.Contains("0 shift(s) sent, 0 follow(s) failed.", again.Out, StringComparison.Ordinal);
        Assert.Single(receiver.Bodies);

        var listed = Cli.Run("alerts", "list", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, listed.Exit);
        var row = listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.Matches(@"^\s+1  local\s+country ARD\s+webhook http://127\.0\.0\.1:\d+/hook\S*\s+\d{4}-\d\d-\d\d \d\d:\d\d  1 delivered, 0 failing; last delivered", row);

        Assert.Equal(ExitCodes.Ok, Cli.Run("alerts", "unfollow", "1", "--db", _temp.Database).Exit);
        var twice = Cli.Run("alerts", "unfollow", "1", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, twice.Exit);
        Assert.Contains("no follow #1", twice.Err, StringComparison.Ordinal);
        Assert.Contains("No follows yet", Cli.Run("alerts", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_delivery_exits_1_and_is_listed_failing_while_an_email_follow_waits_for_smtp()
    {
        using var receiver = new Receiver(500);
        Assert.Equal(ExitCodes.Ok, Cli.Run("alerts", "follow", "--country", "ARD", "--webhook", receiver.Url, "--db", _temp.Database).Exit);
        Assert.Equal(ExitCodes.Ok, Cli.Run("alerts", "follow", "--topic", "troops-in-ukraine", "--email", "ana@example.org", "--db", _temp.Database).Exit);
        ArdeniaTurns();

        var sent = Cli.Run("alerts", "send", "--db", _temp.Database);

        Assert.Equal(ExitCodes.InputRefused, sent.Exit);
        Assert.Contains("failed:  follow #1", sent.Out, StringComparison.Ordinal);
        Assert.Contains("the receiver answered 500", sent.Out, StringComparison.Ordinal);
        Assert.Contains("waiting: follow #2 (email ana@example.org): no SMTP server is configured", sent.Out, StringComparison.Ordinal);
        Assert.Contains("0 delivered, 1 failing; last failed", Cli.Run("alerts", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_smtp_server_is_a_failed_delivery()
    {
        Assert.Equal(ExitCodes.Ok, Cli.Run("alerts", "follow", "--country", "ARD", "--email", "ana@example.org", "--db", _temp.Database).Exit);
        ArdeniaTurns();

        var sent = Cli.Run("alerts", "send", "--db", _temp.Database, "--smtp-host", "127.0.0.1", "--smtp-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--smtp-from", "alerts@stancetracker.test");

        Assert.Equal(ExitCodes.InputRefused, sent.Exit);
        Assert.Contains("failed:  follow #1 (email ana@example.org): 1 shift(s) not delivered: SMTP 127.0.0.1:", sent.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("give exactly one of --country, --actor or --topic", "alerts", "follow", "--country", "ARD", "--topic", "troops-in-ukraine", "--email", "a@example.org")]
    [InlineData("give exactly one of --email or --webhook", "alerts", "follow", "--country", "ARD")]
    [InlineData("country 'QQQ' is not in the catalogue", "alerts", "follow", "--country", "QQQ", "--email", "a@example.org")]
    [InlineData("is not an absolute http or https URL", "alerts", "follow", "--country", "ARD", "--webhook", "file:///etc/passwd")]
    [InlineData("--smtp-host needs --smtp-from", "alerts", "send", "--smtp-host", "127.0.0.1")]
    [InlineData("need --smtp-host", "alerts", "send", "--smtp-port", "25")]
    [InlineData("STANCETRACKER_SMTP_PASSWORD is not set", "alerts", "send", "--smtp-host", "127.0.0.1", "--smtp-from", "a@example.org", "--smtp-user", "ana")]
    [InlineData("no follow #42", "alerts", "unfollow", "42")]
    public void Bad_follows_and_settings_are_usage_errors_that_change_nothing(string expected, params string[] args)
    {
        var (exit, _, error) = Cli.Run([.. args, "--db", _temp.Database]);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("No follows yet", Cli.Run("alerts", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_database_is_not_created()
    {
        var missing = Path.Combine(_temp.Path, "missing.db");

        var (exit, _, error) = Cli.Run("alerts", "follow", "--country", "ARD", "--email", "a@example.org", "--db", missing);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A real HTTP server on 127.0.0.1 that records each body and answers with one status code.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public Receiver(int answer)
        {
            Url = $"http://127.0.0.1:{FreePort()}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _serving = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                    using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                    Bodies.Enqueue(await reader.ReadToEndAsync());
                    context.Response.StatusCode = answer;
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public ConcurrentQueue<string> Bodies { get; } = new();

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
