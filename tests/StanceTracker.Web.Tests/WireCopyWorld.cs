using System.Globalization;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>
/// One agency quote of Donald Tusk's as ten outlets printed it over three days, each under its own dateline and
/// attribution, stored through the real store (wire copies recognised, as ingest does): one statement, ten sources.
/// Outlet 4 gives no address and outlet 7 a javascript: one, neither of which may become a link.
/// </summary>
internal static class WireCopyWorld
{
    public const string Troops = "troops-in-ukraine";

    public static readonly DateOnly Day = new(2025, 2, 12);

    public const string Quote = "Poland will not send its soldiers to Ukraine, but it will lead the logistics hub at Rzeszow for any peace force";

    private static readonly string[] Boilerplate =
    [
        "{0}.",
        "WARSAW, Feb 12 (Reuters) - {0}, Prime Minister Donald Tusk said.",
        "\u201C{0},\u201D Tusk told reporters on Wednesday.",
        "{0} \u2014 Prime Minister Tusk said.",
        "(AP) - {0}, Tusk said.",
        "\"{0}!\"",
        "WARSAW \u2013 {0}, he said on Wednesday.",
        "{0}, according to the prime minister.",
        "{0}, Tusk told journalists.",
        "\u00AB{0}\u00BB, Tusk said.",
    ];

    public static string Outlet(int index) => $"Outlet {index + 1}";

    public static void Seed(SqliteDatabase database)
    {
        new SqliteActorStore(database).Upsert([SampleWorld.Tusk]);
        var store = new SqliteArticleStore(database);
        for (var i = 0; i < Boilerplate.Length; i++)
        {
            store.Save(Copy(i));
        }
    }

    private static AnalysedArticle Copy(int index)
    {
        var text = string.Format(CultureInfo.InvariantCulture, Boilerplate[index], Quote);
        var url = index switch
        {
            3 => null,
            6 => "javascript:alert(1)",
            _ => $"https://outlet{index + 1}.example/tusk-logistics",
        };
        var date = Day.AddDays(index % 3);
        var article = new Article("Tusk on the peace force", new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Outlet(index), url, null, "en", $"{text}\n\nMore from {Outlet(index)}.", $"wire-{index}.md");
        var speaker = new Speaker("Donald Tusk", SampleWorld.Tusk.Id, "POL", "Prime Minister", Offices.HeadOfGovernment);
        var statement = new Statement(speaker, text, StatementKind.Direct, 0, text.Length, [new PositionClaim(Troops, Stance.Oppose, 0.9, "test")]);
        return new AnalysedArticle(article, [statement]);
    }
}
