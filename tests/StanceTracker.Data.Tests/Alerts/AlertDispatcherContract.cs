using System.Text.Json;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Tests.Engines;

namespace StanceTracker.Data.Tests.Alerts;

/// <summary>
/// Dispatch runs against a real SMTP server and a real HTTP receiver on 127.0.0.1: what is sent, once; what fails, and
/// is sent on a later run; and what is too old to send.
/// </summary>
public abstract class AlertDispatcherContract : EngineContract
{
    private static readonly Uri Dashboard = new("http://127.0.0.1:5000/");

    private static AlertSettings Settings(SmtpSink? sink, int? port = null) =>
        new(sink is null && port is null ? null : new SmtpSettings("127.0.0.1", port ?? sink!.Port, "alerts@stancetracker.test"), Dashboard)
        {
            SendTimeout = TimeSpan.FromSeconds(15),
        };

    [Fact]
    public async Task A_new_shift_of_a_followed_country_goes_out_once_by_email_and_once_by_webhook()
    {
        await using var sink = new SmtpSink();
        using var receiver = new HttpReceiver(204);
        var world = new AlertWorld(Engine);
        var byEmail = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));
        var byHook = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Webhook, receiver.Url));
        world.Follows.Add(AlertWorld.Country("BOR", AlertChannel.Webhook, receiver.Url));
        world.ArdeniaTurnsToSupport();

        var report = await world.Dispatcher.RunAsync(Settings(sink), TestContext.Current.CancellationToken);

        Assert.Equal([(byEmail.Id, 1, (string?)null), (byHook.Id, 1, null)], report.Follows.Select(f => (f.Follow.Id, f.Shifts, f.Error)));
        var mail = Assert.Single(sink.Messages);
        Assert.Equal("ana@example.org", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("alerts@stancetracker.test", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("StanceTracker: Ardenia on Meridian Canal: reversal, oppose → support", mail.Subject);
        var body = mail.TextBody;
        Assert.Contains("1 new shift for your follow of Ardenia (country):", body, StringComparison.Ordinal);
        Assert.Contains("1. Ardenia on Meridian Canal: reversal, oppose → support, 2024-03-01.", body, StringComparison.Ordinal);
        Assert.Contains("Before, 2024-01-10, Mirela Vost (oppose): “The canal treaty will not be ratified.” (Canal talks, 2024-01-10, Harbour Gazette, https://gazette.example/", body, StringComparison.Ordinal);
        Assert.Contains("After, 2024-03-01, Mirela Vost (support): “We are ready to sign the canal treaty.” (Canal talks, 2024-03-01, Harbour Gazette,", body, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5000/changes?since=2024-03-01&country=ARD", body, StringComparison.Ordinal);

        var post = Assert.Single(receiver.Requests);
        Assert.Equal(("POST", "application/json; charset=utf-8"), (post.Method, post.ContentType));
        using var json = JsonDocument.Parse(post.Body);
        var root = json.RootElement;
        Assert.Equal("stancetracker.shifts", root.GetProperty("event").GetString());
        Assert.Equal(byHook.Id, root.GetProperty("follow").GetProperty("id").GetInt64());
        Assert.Equal("Ardenia", root.GetProperty("follow").GetProperty("targetName").GetString());
        var shift = Assert.Single(root.GetProperty("shifts").EnumerateArray().ToList());
        Assert.Equal(("ARD", "oppose", "support", "2024-03-01", "reversal"), (shift.GetProperty("subject").GetString(), shift.GetProperty("from").GetString(),
            shift.GetProperty("to").GetString(), shift.GetProperty("date").GetString(), shift.GetProperty("kind").GetString()));
        Assert.Equal("We are ready to sign the canal treaty.", shift.GetProperty("after").GetProperty("text").GetString());
        Assert.Equal("The canal treaty will not be ratified.", shift.GetProperty("before").GetProperty("text").GetString());

        var again = await world.Dispatcher.RunAsync(Settings(sink), TestContext.Current.CancellationToken);

        Assert.Empty(again.Follows);
        Assert.Single(sink.Messages);
        Assert.Single(receiver.Requests);
        Assert.Equal(2, Count("alert_deliveries"));
    }

    [Fact]
    public async Task A_receiver_answering_500_is_recorded_failed_retried_after_the_wait_and_then_delivered()
    {
        using var receiver = new HttpReceiver(500, 200);
        var world = new AlertWorld(Engine);
        var follow = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Webhook, receiver.Url));
        world.ArdeniaTurnsToSupport();

        var first = await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken);

        Assert.Equal("the receiver answered 500 Internal Server Error", Assert.Single(first.Follows).Error);
        var failed = Assert.Single(world.Store.Deliveries(follow.Id));
        Assert.Equal((DeliveryStatus.Failed, 1, world.Clock.GetUtcNow() + AlertRules.Backoff(1)), (failed.Status, failed.Attempts, failed.NextAttemptAt));

        // Before the wait is over nothing is tried; after it, the same shift goes again.
        Assert.Empty((await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken)).Follows);
        Assert.Single(receiver.Requests);
        world.Later(AlertRules.Backoff(1));
        var retry = await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken);

        Assert.Equal((1, (string?)null), (Assert.Single(retry.Follows).Shifts, retry.Follows[0].Error));
        Assert.Equal([500, 200], receiver.Requests.Select(r => r.Answered));
        Assert.Equal(receiver.Requests.First().Body, receiver.Requests.Last().Body);
        var delivered = Assert.Single(world.Store.Deliveries(follow.Id));
        Assert.Equal((DeliveryStatus.Delivered, 2, (string?)null), (delivered.Status, delivered.Attempts, delivered.LastError));
    }

    [Fact]
    public async Task An_unreachable_smtp_server_fails_its_follow_only_and_the_webhook_is_still_delivered()
    {
        using var receiver = new HttpReceiver(204);
        var world = new AlertWorld(Engine);
        var byEmail = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));
        var byHook = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Webhook, receiver.Url));
        world.ArdeniaTurnsToSupport();

        // Nothing listens on this port: the connection is refused.
        var report = await world.Dispatcher.RunAsync(Settings(null, port: SmtpSink.FreePort()), TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Failed);
        Assert.Contains("SMTP 127.0.0.1:", report.Follows.Single(f => f.Follow.Id == byEmail.Id).Error, StringComparison.Ordinal);
        Assert.Null(report.Follows.Single(f => f.Follow.Id == byHook.Id).Error);
        Assert.Single(receiver.Requests);
        var summaries = world.Store.Summaries().ToDictionary(s => s.Follow.Id);
        Assert.Equal((0, 1, DeliveryStatus.Failed), (summaries[byEmail.Id].Delivered, summaries[byEmail.Id].Failing, summaries[byEmail.Id].Last!.Status));
        Assert.Equal((1, 0), (summaries[byHook.Id].Delivered, summaries[byHook.Id].Failing));
    }

    [Fact]
    public async Task A_shift_stored_before_the_follow_is_not_sent_and_a_later_one_is()
    {
        using var receiver = new HttpReceiver(204);
        var world = new AlertWorld(Engine);
        world.ArdeniaTurnsToSupport();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var follows = new AlertFollows(world.Store, Engine.Get<Data.Queries.ICatalogueQuery>(), Engine.Topics, AlertWorld.Countries, clock);
        follows.Add(AlertWorld.Country("ARD", AlertChannel.Webhook, receiver.Url));

        Assert.Empty((await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken)).Follows);
        Assert.Empty(receiver.Requests);

        world.Say("2024-05-02", AlertWorld.President, "The canal treaty must be buried.", Stance.Oppose);
        var report = await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.Single(report.Follows).Shifts);
        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        var shift = Assert.Single(json.RootElement.GetProperty("shifts").EnumerateArray().ToList());
        Assert.Equal(("2024-05-02", "support", "oppose"), (shift.GetProperty("date").GetString(), shift.GetProperty("from").GetString(), shift.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Email_follows_wait_while_no_smtp_server_is_configured()
    {
        var world = new AlertWorld(Engine);
        var follow = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));
        world.ArdeniaTurnsToSupport();

        var report = await world.Dispatcher.RunAsync(Settings(null), TestContext.Current.CancellationToken);

        Assert.Equal("no SMTP server is configured", Assert.Single(report.Follows).Skipped);
        Assert.Empty(world.Store.Deliveries(follow.Id));
    }
}

public sealed class SqliteAlertDispatcherTests : AlertDispatcherContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresAlertDispatcherTests : AlertDispatcherContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
