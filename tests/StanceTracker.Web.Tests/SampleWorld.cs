using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>
/// A small invented record with the cases the pages must explain: Poland's head of government and foreign minister
/// disagreeing on troops (seniority decides), France hardening from open to support (a shift), and a Polish official
/// the catalogue does not know.
/// </summary>
internal static class SampleWorld
{
    public const string Troops = "troops-in-ukraine";
    public const string Sanctions = "sanctions-on-russia";

    public static Actor Tusk { get; } = new("donald-tusk", "Donald Tusk", ActorKind.Person, "POL", "m", null, ["Tusk", "Donald Franciszek Tusk"],
        [new OfficeTerm(Offices.HeadOfGovernment, "Prime Minister", "POL", new DateOnly(2007, 11, 16), new DateOnly(2014, 9, 22)),
         new OfficeTerm(Offices.HeadOfGovernment, "Prime Minister", "POL", new DateOnly(2023, 12, 13), null)]);

    public static Actor Sikorski { get; } = new("radoslaw-sikorski", "Radosław Sikorski", ActorKind.Person, "POL", "m", null, ["Sikorski"],
        [new OfficeTerm(Offices.ForeignMinister, "Foreign Minister", "POL", new DateOnly(2023, 12, 13), null)]);

    public static Actor Macron { get; } = new("emmanuel-macron", "Emmanuel Macron", ActorKind.Person, "FRA", "m", null, ["Macron"],
        [new OfficeTerm(Offices.HeadOfState, "President", "FRA", new DateOnly(2017, 5, 14), null)]);

    public static void Seed(SqliteDatabase database)
    {
        new SqliteActorStore(database).Upsert([Tusk, Sikorski, Macron]);
        var store = new SqliteArticleStore(database);
        var number = 500;
        void Say(DateOnly date, Actor? actor, string name, string country, string role, string office, string topic, Stance stance, double confidence, string text, string? url = null) =>
            store.Save(Article(number++, date, new Speaker(name, actor?.Id, country, role, office), topic, stance, confidence, text, url));

        Say(new DateOnly(2025, 2, 12), Tusk, "Donald Tusk", "POL", "Prime Minister", Offices.HeadOfGovernment, Troops, Stance.Oppose, 0.93,
            "Polish Prime Minister Donald Tusk ruled out sending Polish troops to Ukraine.");
        Say(new DateOnly(2025, 2, 20), Sikorski, "Radosław Sikorski", "POL", "Foreign Minister", Offices.ForeignMinister, Troops, Stance.Open, 0.81,
            "Foreign Minister Radosław Sikorski said a European reassurance force could be discussed.");
        Say(new DateOnly(2024, 2, 26), Macron, "Emmanuel Macron", "FRA", "President", Offices.HeadOfState, Troops, Stance.Open, 0.88,
            "Macron said sending Western troops to Ukraine could not be ruled out.");
        Say(new DateOnly(2025, 2, 17), Macron, "Emmanuel Macron", "FRA", "President", Offices.HeadOfState, Troops, Stance.Support, 0.91,
            "Macron said France was ready to deploy troops as part of a reassurance force.", "https://example.test/macron-ready");
        Say(new DateOnly(2025, 3, 3), null, "Jan Kowalski", "POL", "Deputy Minister", Offices.Official, Sanctions, Stance.Support, 0.85,
            "Deputy minister Jan Kowalski called for a further sanctions package.", "javascript:alert(1)");
    }

    public static AnalysedArticle Article(int number, DateOnly date, Speaker speaker, string topic, Stance stance, double confidence, string text, string? url)
    {
        var body = $"{text}\n\nFurther reporting, item {number}.";
        var article = new Article($"Report {number}", new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            "Sample Wire", url ?? $"https://example.test/{number}", null, "en", body, $"world-{number}.md");
        var statement = new Statement(speaker, text, StatementKind.Indirect, 0, text.Length, [new PositionClaim(topic, stance, confidence, "test")]);
        return new AnalysedArticle(article, [statement]);
    }
}
