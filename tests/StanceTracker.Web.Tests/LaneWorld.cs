using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>
/// Five countries' leaders on two topics from 2024 to mid-2025, with shifts, a lapse and a quote a spreadsheet would run
/// as a formula: what the timeline's lanes and the downloads must show. Invented statements.
/// </summary>
internal static class LaneWorld
{
    public const string Troops = "troops-in-ukraine";
    public const string Sanctions = "sanctions-on-russia";
    public const string Countries = "FRA,DEU,POL,ITA,GBR";
    public const string FormulaQuote = "=HYPERLINK(\"http://evil.test\",\"click\") said the minister, <b>not bold</b>.";

    private static Actor Leader(string id, string name, string country, string office, string title) =>
        new(id, name, ActorKind.Person, country, null, null, [name.Split(' ')[^1]], [new OfficeTerm(office, title, country, new DateOnly(2020, 1, 1), null)]);

    public static Actor Macron { get; } = Leader("emmanuel-macron", "Emmanuel Macron", "FRA", Offices.HeadOfState, "President");
    public static Actor Merz { get; } = Leader("friedrich-merz", "Friedrich Merz", "DEU", Offices.HeadOfGovernment, "Chancellor");
    public static Actor Tusk { get; } = Leader("donald-tusk", "Donald Tusk", "POL", Offices.HeadOfGovernment, "Prime Minister");
    public static Actor Meloni { get; } = Leader("giorgia-meloni", "Giorgia Meloni", "ITA", Offices.HeadOfGovernment, "Prime Minister");
    public static Actor Starmer { get; } = Leader("keir-starmer", "Keir Starmer", "GBR", Offices.HeadOfGovernment, "Prime Minister");

    public static void Seed(SqliteDatabase database)
    {
        new SqliteActorStore(database).Upsert([Macron, Merz, Tusk, Meloni, Starmer]);
        var store = new SqliteArticleStore(database);
        var number = 700;
        void Say(int year, int month, int day, Actor actor, string topic, Stance stance, string text) =>
            store.Save(SampleWorld.Article(number++, new DateOnly(year, month, day),
                new Speaker(actor.Name, actor.Id, actor.Country, actor.Terms[0].Title, actor.Terms[0].Office), topic, stance, 0.9, text, null));

        Say(2024, 2, 26, Macron, Troops, Stance.Open, "Macron said sending Western troops to Ukraine could not be ruled out.");
        Say(2024, 9, 10, Macron, Troops, Stance.Open, "Macron repeated that nothing should be excluded.");
        Say(2025, 2, 17, Macron, Troops, Stance.Support, "Macron said France was ready to deploy troops as part of a reassurance force.");
        Say(2024, 3, 1, Merz, Troops, Stance.Oppose, "Merz said German ground troops in Ukraine were out of the question.");
        Say(2025, 3, 20, Merz, Troops, Stance.Neutral, "Merz said it was too early to talk about troops.");
        Say(2024, 5, 2, Tusk, Troops, Stance.Oppose, "Tusk ruled out sending Polish troops to Ukraine.");
        Say(2025, 4, 14, Tusk, Troops, Stance.Oppose, "Tusk again said Polish soldiers would not go to Ukraine.");
        Say(2024, 1, 15, Meloni, Troops, Stance.Oppose, "Meloni said Italian soldiers in Ukraine were not on the table.");
        Say(2025, 5, 5, Meloni, Troops, Stance.Oppose, FormulaQuote);
        Say(2024, 11, 20, Starmer, Troops, Stance.Open, "Starmer said Britain would play its part in any security guarantee.");
        Say(2025, 3, 2, Starmer, Troops, Stance.Support, "Starmer said Britain was prepared to put boots on the ground.");

        Say(2024, 2, 1, Macron, Sanctions, Stance.Support, "Macron called for a new sanctions package.");
        Say(2024, 6, 1, Merz, Sanctions, Stance.Support, "Merz backed tougher sanctions on Russia.");
        Say(2024, 4, 1, Tusk, Sanctions, Stance.Support, "Tusk demanded sanctions on Russian agriculture.");
        Say(2024, 3, 1, Meloni, Sanctions, Stance.Open, "Meloni said further sanctions could be considered.");
        Say(2025, 2, 24, Meloni, Sanctions, Stance.Support, "Meloni endorsed the sixteenth sanctions package.");
        Say(2025, 2, 24, Starmer, Sanctions, Stance.Support, "Starmer announced the largest sanctions package since 2022.");
    }
}
