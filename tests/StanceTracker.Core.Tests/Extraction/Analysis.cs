using StanceTracker.Core.Articles;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Tests.Attribution;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Core.Tests.Extraction;

/// <summary>Runs the analyzer with the hand-written catalogue over sentences written for the tests.</summary>
internal static class Analysis
{
    public static Article Article(string body, string title = "Untitled", string date = "2025-02-19") =>
        new(title, DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null, null, null, "en", body, "test");

    public static IReadOnlyList<Statement> Statements(string body, string title = "Untitled", string date = "2025-02-19") =>
        new ArticleAnalyzer(TestCatalog.Catalog).Analyse(Article(body, title, date)).Statements;

    public static IReadOnlyList<StatementCandidate> Candidates(string body, string title = "Untitled") =>
        new StatementExtractor().Extract(title, body).Statements;
}
