using Microsoft.Extensions.Time.Testing;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Alerts;

/// <summary>
/// The alerts over one engine: the real store, shift query and senders from the composition's parts, a clock the test
/// moves (starting at the real time, since articles are stamped with it when stored), and the invented countries.
/// </summary>
internal sealed class AlertWorld(StoreEngineUnderTest engine)
{
    public static readonly CountryDirectory Countries = new([
        new Country("ARD", "Ardenia", [], ["Ardenian"], [], null),
        new Country("BOR", "Borovia", [], ["Borovian"], [], null),
        new Country("CAL", "Calvera", [], ["Calveran"], [], null),
    ]);

    public static Speaker President => new("Mirela Vost", "mirela-vost", "ARD", "President", Offices.HeadOfState);

    public static Speaker BorovianMinister => new("Tomas Kell", "tomas-kell", "BOR", "Foreign Minister", Offices.ForeignMinister);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IAlertStore Store => engine.Get<IAlertStore>();

    public AlertFollows Follows => new(Store, engine.Get<ICatalogueQuery>(), engine.Topics, Countries, Clock);

    public AlertDispatcher Dispatcher => new(
        Store, engine.Shifts, engine.Get<IStatementSourceQuery>(), engine.Topics, Countries,
        [new EmailAlertSender(), new WebhookAlertSender(WebhookAlertSender.CreateClient())], Clock);

    /// <summary>Stores an article in which <paramref name="speaker"/> takes <paramref name="stance"/> on the canal treaty.</summary>
    public void Say(string date, Speaker speaker, string text, Stance stance, string topic = TestData.Canal) =>
        engine.Articles.Save(TestData.Article(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))
            .Titled($"Canal talks, {date}").Says(speaker, text, On(topic, stance)).Build());

    /// <summary>Ardenia opposes the treaty in January and supports it in March: one country shift (and the president's own).</summary>
    public void ArdeniaTurnsToSupport()
    {
        Say("2024-01-10", President, "The canal treaty will not be ratified.", Stance.Oppose);
        Say("2024-03-01", President, "We are ready to sign the canal treaty.", Stance.Support);
    }

    /// <summary>Some time passes on the test's clock, so that what follows is stamped later than what came before.</summary>
    public void Later(TimeSpan by) => Clock.Advance(by);

    public static FollowRequest Country(string code, AlertChannel channel, string address, string owner = AlertRules.LocalOwner) =>
        new(owner, FollowKind.Country, code, channel, address);
}
