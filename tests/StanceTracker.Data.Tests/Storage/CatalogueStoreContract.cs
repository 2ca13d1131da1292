using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Storage;

public abstract class CatalogueStoreContract : EngineContract
{
    // Each test loads its own catalogue.
    protected override void Arrange(StoreEngineUnderTest engine)
    {
    }

    [Fact]
    public void Topics_keep_their_first_insertion_order_and_take_updates()
    {
        var topics = Engine.Topics;
        topics.Upsert(TestData.Topics);
        var renamed = TestData.Topics[0] with { Label = "Canal treaty", Cues = ["canal", "ratification"] };
        var added = new Topic("lighthouse-tax", "Lighthouse tax", "Ships should pay the lighthouse tax.", "", []);

        topics.Upsert([added, renamed]);
        var all = topics.All();

        Assert.Equal([TestData.Canal, TestData.Fishing, TestData.Border, "lighthouse-tax"], all.Select(t => t.Id));
        Assert.Equal("Canal treaty", all[0].Label);
        Assert.Equal(["canal", "ratification"], all[0].Cues);
    }

    [Fact]
    public void Actor_upsert_replaces_aliases_and_terms()
    {
        var actors = Engine.Actors;
        actors.Upsert([TestData.Mirela, TestData.Tomas]);
        var reelected = TestData.Mirela with
        {
            Name = "Mirela Vost-Anin",
            Aliases = ["Vost-Anin", "Vost-Anin"],
            Terms =
            [
                new OfficeTerm(Offices.HeadOfState, "President", "ARD", new DateOnly(2021, 3, 1), new DateOnly(2025, 2, 28)),
                new OfficeTerm(Offices.HeadOfState, "President", "ARD", new DateOnly(2025, 3, 1), null),
            ],
        };

        actors.Upsert([reelected]);

        Assert.Equal(2, actors.Count());
        var stored = actors.Find("mirela-vost");
        Assert.NotNull(stored);
        Assert.Equal("Mirela Vost-Anin", stored.Name);
        Assert.Equal(["Vost-Anin"], stored.Aliases);
        Assert.Equal(reelected.Terms, stored.Terms);
        var tomas = actors.Find("tomas-kell");
        Assert.NotNull(tomas);
        Assert.Equal(TestData.Tomas.Terms, tomas.Terms);
        Assert.Equal(TestData.Tomas.Aliases, tomas.Aliases);
        Assert.Equal(ActorKind.Person, tomas.Kind);
        Assert.Null(actors.Find("nobody"));
    }
}

public sealed class SqliteCatalogueStoreTests : CatalogueStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresCatalogueStoreTests : CatalogueStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
