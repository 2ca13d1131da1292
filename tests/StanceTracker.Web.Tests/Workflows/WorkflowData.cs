using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>Invented statements for the workflow pages: hostile text and links, low confidence, a flagged position.</summary>
internal static class WorkflowData
{
    public const string ScriptText = "Tusk said <script>alert(1)</script> and <img src=x onerror=alert(1)> about \"troops\" in Ukraine.";

    public static void Seed(SqliteDatabase database)
    {
        SampleData.Seed(database);
        var store = new SqliteArticleStore(database);
        store.Save(Article(200, new DateOnly(2025, 2, 20), "Hostile <b>headline</b>", "javascript:alert(document.cookie)",
            new Speaker("Donald Tusk", null, "POL", "Prime Minister"), ScriptText, new PositionClaim("troops-in-ukraine", Stance.Oppose, 0.45, "test")));
        store.Save(Article(201, new DateOnly(2025, 2, 21), "Macron keeps options open", "https://example.test/macron",
            new Speaker("Emmanuel Macron", "emmanuel-macron", "FRA", "President"), "Macron said nothing should be ruled out, including troops.",
            new PositionClaim("troops-in-ukraine", Stance.Support, 0.35, "test", NeedsReview: true)));
        store.Save(Article(202, new DateOnly(2025, 2, 22), "Formula =cmd", "https://example.test/formula",
            new Speaker("=HYPERLINK(\"http://evil\")", null, "DEU", null), "=1+1 is what the spokesman wrote.",
            new PositionClaim("sanctions-on-russia", Stance.Neutral, 0.9, "test")));
    }

    public static AnalysedArticle Article(int number, DateOnly date, string title, string url, Speaker speaker, string text, PositionClaim claim)
    {
        var body = $"Earlier context for item {number}.\n\n{text}\n\nLater context.";
        var start = body.IndexOf(text, StringComparison.Ordinal);
        var article = new Article(title, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "Sample Wire", url, null, "en", body, $"workflow-{number}.md");
        return new AnalysedArticle(article, [new Statement(speaker, text, StatementKind.Indirect, start, start + text.Length, [claim])]);
    }
}
