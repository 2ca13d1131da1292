using Dapper;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>
/// An invented record ending on <see cref="Latest"/>, long before the tests run, with each case the matrix must show
/// for what it is: Hungary's only statement older than the window (stale), Germany's chancellor quoted after he left
/// office, Italy read with low confidence, and Poland's statement reviewed by an analyst.
/// </summary>
internal static class TrustWorld
{
    public const string Troops = "troops-in-ukraine";

    public static readonly DateOnly Earliest = new(2023, 3, 10);
    public static readonly DateOnly Latest = new(2025, 6, 30);
    public static readonly DateOnly ScholzLeft = new(2025, 5, 6);
    public const double MeloniConfidence = 0.27;

    public static Actor Scholz { get; } = new("olaf-scholz", "Olaf Scholz", ActorKind.Person, "DEU", "m", null, ["Scholz"],
        [new OfficeTerm(Offices.HeadOfGovernment, "Chancellor", "DEU", new DateOnly(2021, 12, 8), ScholzLeft)]);

    public static Actor Meloni { get; } = new("giorgia-meloni", "Giorgia Meloni", ActorKind.Person, "ITA", "f", null, ["Meloni"],
        [new OfficeTerm(Offices.HeadOfGovernment, "Prime Minister", "ITA", new DateOnly(2022, 10, 22), null)]);

    public static Actor Orban { get; } = new("viktor-orban", "Viktor Orbán", ActorKind.Person, "HUN", "m", null, ["Orbán"],
        [new OfficeTerm(Offices.HeadOfGovernment, "Prime Minister", "HUN", new DateOnly(2010, 5, 29), null)]);

    public static Actor Tusk { get; } = SampleWorld.Tusk;

    public static void Seed(SqliteDatabase database)
    {
        new SqliteActorStore(database).Upsert([Scholz, Meloni, Orban, Tusk]);
        var store = new SqliteArticleStore(database);
        var number = 900;
        void Say(DateOnly date, Actor actor, string role, Stance stance, double confidence, string text) =>
            store.Save(SampleWorld.Article(number++, date, new Speaker(actor.Name, actor.Id, actor.Country, role, Offices.HeadOfGovernment),
                Troops, stance, confidence, text, null));

        Say(Earliest, Orban, "Prime Minister", Stance.Oppose, 0.9, "Prime Minister Viktor Orbán said Hungary would never send soldiers to Ukraine.");
        Say(new DateOnly(2025, 2, 18), Scholz, "Chancellor", Stance.Oppose, 0.88, "Chancellor Olaf Scholz called talk of sending German troops premature.");
        Say(new DateOnly(2025, 6, 20), Tusk, "Prime Minister", Stance.Oppose, 0.93, "Prime Minister Donald Tusk ruled out Polish troops in Ukraine.");
        Say(Latest, Meloni, "Prime Minister", Stance.Oppose, MeloniConfidence, "Meloni said the idea of Italian soldiers in Ukraine was not on the table.");

        using var connection = database.OpenConnection();
        var tusk = connection.ExecuteScalar<long>("SELECT id FROM positions WHERE actor_id = 'donald-tusk'");
        new SqliteReviewStore(database).CorrectStance(tusk, Stance.Oppose, "analyst", "read the article", DateTimeOffset.UtcNow);
    }
}
