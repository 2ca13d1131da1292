using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Sqlite;
using StanceTracker.Web.Components.Presentation;

namespace StanceTracker.Web.Tests;

/// <summary>
/// The sample world and two team-written demo articles: Sikorski hardening from open to oppose on troops (a leader's
/// shift, in words that look like markup), with no web address, and Tusk on sanctions with the address of the event's record.
/// </summary>
internal static class ChangesWorld
{
    public const string SikorskiText = "Sikorski said Poland would not send <b>soldiers</b> now & \"never alone\".";
    public const string RecordUrl = "https://records.example.test/tusk-sanctions";

    public static void Seed(SqliteDatabase database)
    {
        SampleWorld.Seed(database);
        var store = new SqliteArticleStore(database);
        store.Save(TeamWritten(600, new DateOnly(2025, 3, 5), new Speaker("Radosław Sikorski", SampleWorld.Sikorski.Id, "POL", "Foreign Minister", Offices.ForeignMinister),
            SampleWorld.Troops, Stance.Oppose, 0.9, SikorskiText, url: null));
        store.Save(TeamWritten(601, new DateOnly(2025, 3, 10), new Speaker("Donald Tusk", SampleWorld.Tusk.Id, "POL", "Prime Minister", Offices.HeadOfGovernment),
            SampleWorld.Sanctions, Stance.Support, 0.9, "Tusk said the sanctions on Russia must stay until the war ends.", RecordUrl));
    }

    private static AnalysedArticle TeamWritten(int number, DateOnly date, Speaker speaker, string topic, Stance stance, double confidence, string text, string? url)
    {
        var body = $"{text}\n\nDemo article {number}.";
        var article = new Article($"Demo report {number}", new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            SourceAttribution.DemoDesk, url, "StanceTracker editors", "en", body, $"demo-{number}.md");
        var statement = new Statement(speaker, text, StatementKind.Indirect, 0, text.Length, [new PositionClaim(topic, stance, confidence, "test")]);
        return new AnalysedArticle(article, [statement]);
    }
}
