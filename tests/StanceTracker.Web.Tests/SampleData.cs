using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>Invented statements stored through the real store, so the pages have something to show.</summary>
internal static class SampleData
{
    public static void Seed(SqliteDatabase database, int count = 3)
    {
        var store = new SqliteArticleStore(database);
        for (var i = 0; i < count; i++)
        {
            store.Save(Article(i, new DateOnly(2025, 2, 10 + i), "POL", "Donald Tusk", "troops-in-ukraine", Stance.Oppose,
                $"Polish Prime Minister Donald Tusk ruled out sending troops, for the {i + 1}th time."));
        }
        store.Save(Article(100, new DateOnly(2025, 2, 19), "GBR", "Keir Starmer", "security-guarantees", Stance.Support,
            "Starmer said any agreement must include a US backstop."));
    }

    public static AnalysedArticle Article(int number, DateOnly date, string country, string speaker, string topic, Stance stance, string text)
    {
        var body = $"{text}\n\nFurther reporting, item {number}.";
        var article = new Article($"Sample {number}", new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            "Sample Wire", $"https://example.test/{number}", null, "en", body, $"sample-{number}.md");
        var statement = new Statement(new Speaker(speaker, null, country, "Prime Minister"), text, StatementKind.Indirect, 0, text.Length,
            [new PositionClaim(topic, stance, 0.9, "test")]);
        return new AnalysedArticle(article, [statement]);
    }
}
