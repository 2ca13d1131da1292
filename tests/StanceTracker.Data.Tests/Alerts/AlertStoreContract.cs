using StanceTracker.Core.Classification;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Alerts;

/// <summary>Follows and deliveries as each engine stores them: checked targets and addresses, owners, claims that cannot be taken twice.</summary>
public abstract class AlertStoreContract : EngineContract
{
    private AlertWorld World => new(Engine);

    [Fact]
    public void A_follow_is_stored_listed_by_owner_and_removed_with_its_deliveries()
    {
        var world = World;
        var mine = world.Follows.Add(AlertWorld.Country("ard", AlertChannel.Email, " ana@example.org ", owner: "ana"));
        var theirs = world.Follows.Add(new FollowRequest("rita", FollowKind.Topic, TestData.Canal, AlertChannel.Webhook, "https://hooks.example/x"));

        Assert.Equal(("ARD", "ana@example.org", "ana"), (mine.Target, mine.Address, mine.Owner));
        Assert.Equal([mine.Id], world.Follows.List("ana").Select(s => s.Follow.Id));
        Assert.Equal([mine.Id, theirs.Id], world.Follows.List(null).Select(s => s.Follow.Id));
        var listed = Assert.Single(world.Store.Follows("rita"));
        Assert.Equal((FollowKind.Topic, AlertChannel.Webhook, world.Clock.GetUtcNow()), (listed.Kind, listed.Channel, listed.CreatedAt));

        Assert.True(world.Store.ClaimNew(mine.Id, "ARD|x|2024-03-01|oppose>support", world.Clock.GetUtcNow()));
        Assert.False(world.Follows.Remove(mine.Id, "rita"));
        Assert.True(world.Follows.Remove(mine.Id, "ana"));
        Assert.False(world.Follows.Remove(mine.Id, "ana"));
        Assert.Equal(0, Count("alert_deliveries"));
        Assert.Equal([theirs.Id], world.Store.Follows().Select(f => f.Id));
    }

    [Fact]
    public void The_same_follow_twice_is_refused_and_stored_once()
    {
        var world = World;
        world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));

        var refusal = Assert.Throws<FollowExistsException>(() => world.Follows.Add(AlertWorld.Country("ard", AlertChannel.Email, "ana@example.org")));

        Assert.Contains("exists already", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(1, Count("alert_follows"));
    }

    [Theory]
    [InlineData(FollowKind.Country, "XXX", AlertChannel.Email, "ana@example.org", "country 'XXX' is not in the catalogue")]
    [InlineData(FollowKind.Actor, "nobody-known", AlertChannel.Email, "ana@example.org", "actor 'nobody-known' is not in the catalogue")]
    [InlineData(FollowKind.Topic, "moon-base", AlertChannel.Email, "ana@example.org", "topic 'moon-base' is not one of the topics")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Email, "ana at example.org", "is not an email address")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Email, "Ana <ana@example.org>", "is not an email address")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Webhook, "ftp://hooks.example/x", "is not an absolute http or https URL")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Webhook, "/hooks/x", "is not an absolute http or https URL")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Webhook, "https://user:secret@hooks.example/x", "may not carry a user name or password")]
    [InlineData(FollowKind.Country, "ARD", AlertChannel.Webhook, "", "the webhook URL is empty")]
    public void A_follow_with_an_unknown_target_or_an_unusable_address_is_refused_with_its_reason(
        FollowKind kind, string target, AlertChannel channel, string address, string reason)
    {
        var refusal = Assert.Throws<FollowRefusedException>(() => World.Follows.Add(new FollowRequest("ana", kind, target, channel, address)));

        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, Count("alert_follows"));
    }

    [Fact]
    public void An_actor_from_the_catalogue_and_a_country_known_from_statements_may_be_followed()
    {
        Engine.Actors.Upsert([TestData.Mirela]);
        var world = new AlertWorld(Engine);
        world.Say("2024-01-10", AlertWorld.President, "The canal treaty will not be ratified.", Stance.Oppose);
        var follows = new Data.Alerts.AlertFollows(world.Store, Engine.Get<Data.Queries.ICatalogueQuery>(), Engine.Topics, Core.Attribution.CountryDirectory.Empty, world.Clock);

        var actor = follows.Add(new FollowRequest("ana", FollowKind.Actor, "mirela-vost", AlertChannel.Email, "ana@example.org"));
        var country = follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));

        Assert.Equal("Mirela Vost", follows.TargetName(FollowKind.Actor, actor.Target));
        Assert.Equal("ARD", country.Target);
    }

    [Fact]
    public void A_delivery_is_claimed_by_one_run_only_and_retried_only_as_it_was_seen()
    {
        var world = World;
        var follow = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Webhook, "http://127.0.0.1:9/x"));
        var now = world.Clock.GetUtcNow();
        const string Key = "ARD|meridian-canal|2024-03-01|oppose>support";

        Assert.True(world.Store.ClaimNew(follow.Id, Key, now));
        Assert.False(world.Store.ClaimNew(follow.Id, Key, now));
        world.Store.Record(follow.Id, [new DeliveryResult(Key, 1, "the receiver answered 500", now.AddMinutes(2))], now);
        var failed = Assert.Single(world.Store.Deliveries(follow.Id));
        Assert.Equal((DeliveryStatus.Failed, 1, "the receiver answered 500", now.AddMinutes(2)), (failed.Status, failed.Attempts, failed.LastError, failed.NextAttemptAt));

        var later = now.AddMinutes(3);
        Assert.True(world.Store.ClaimAgain(failed, later));
        Assert.False(world.Store.ClaimAgain(failed, later));
        world.Store.Record(follow.Id, [new DeliveryResult(Key, 2, null, null)], later);

        var delivered = Assert.Single(world.Store.Deliveries(follow.Id));
        Assert.Equal((DeliveryStatus.Delivered, 2, null, later), (delivered.Status, delivered.Attempts, delivered.LastError, delivered.DeliveredAt));
        var summary = Assert.Single(world.Store.Summaries());
        Assert.Equal((1, 0, DeliveryStatus.Delivered), (summary.Delivered, summary.Failing, summary.Last!.Status));
    }

    [Fact]
    public void A_claim_for_a_removed_follow_claims_nothing()
    {
        var world = World;
        var follow = world.Follows.Add(AlertWorld.Country("ARD", AlertChannel.Email, "ana@example.org"));
        world.Follows.Remove(follow.Id, null);

        Assert.False(world.Store.ClaimNew(follow.Id, "ARD|meridian-canal|2024-03-01|oppose>support", world.Clock.GetUtcNow()));
        Assert.Equal(0, Count("alert_deliveries"));
    }
}

public sealed class SqliteAlertStoreTests : AlertStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresAlertStoreTests : AlertStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
