using System.Collections.Concurrent;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Concurrency;

public sealed class WriterAndReadersTests : IDisposable
{
    private const int ArticleCount = 300;
    private static readonly string[] Countries = ["ARD", "BOR", "CAL", "DUN", "ESK"];
    private static readonly Stance[] Stances = [Stance.Support, Stance.Open, Stance.Neutral, Stance.Oppose];

    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Readers_run_throughout_a_long_write_without_locking_errors()
    {
        var database = _temp.Open();
        new SqliteTopicStore(database).Upsert(TestData.Topics);
        var articles = Enumerable.Range(0, ArticleCount).Select(Article).ToList();
        using var writing = new CancellationTokenSource();
        var seenArticleCounts = new ConcurrentQueue<long>();
        var readerPasses = 0;

        // Separate SqliteDatabase instances, as the web app and the ingesting CLI would have.
        var readerDatabase = SqliteDatabase.Open(_temp.FilePath);
        async Task Read()
        {
            var stats = new SqliteStatsQuery(readerDatabase);
            var matrix = new SqliteMatrixQuery(readerDatabase);
            var search = new SqliteStatementSearch(readerDatabase);
            var passes = 0;
            // At least a few passes even if the writer is quick, and then until it is done.
            while (!writing.IsCancellationRequested || passes < 3)
            {
                seenArticleCounts.Enqueue(stats.Get().Articles);
                var view = matrix.Get(new DateOnly(2024, 12, 31));
                Assert.All(view.Cells, c => Assert.Contains(c.Country, view.Countries));
                search.Search("canal treaty");
                search.Search("\"quota\" OR 1=1");
                passes++;
                Interlocked.Increment(ref readerPasses);
                await Task.Yield();
            }
        }

        var cancellation = TestContext.Current.CancellationToken;
        var readers = new[] { Task.Run(Read, cancellation), Task.Run(Read, cancellation) };
        var writer = Task.Run(() =>
        {
            try
            {
                var store = new SqliteArticleStore(database);
                foreach (var article in articles)
                {
                    Assert.Equal(SaveStatus.Stored, store.Save(article).Status);
                }
            }
            finally
            {
                writing.Cancel();
            }
        }, cancellation);
        await Task.WhenAll([writer, .. readers]);

        var final = new SqliteStatsQuery(database).Get();
        Assert.Equal(ArticleCount, final.Articles);
        Assert.Equal(ArticleCount * 2, final.Statements);
        Assert.Equal(ArticleCount * 3, final.Positions);
        var seen = seenArticleCounts.ToList();
        Assert.True(readerPasses >= 6, $"only {readerPasses} reader passes");
        Assert.True(seen.Distinct().Count() > 2, $"readers saw article counts {string.Join(",", seen.Distinct())}");
        Assert.Equal(ArticleCount, new SqliteStatsQuery(readerDatabase).Get().Articles);
        Assert.Equal(50, new SqliteStatementSearch(readerDatabase).Search("canal").Count);
    }

    private static StanceTracker.Core.Analysis.AnalysedArticle Article(int i)
    {
        var country = Countries[i % Countries.Length];
        var date = new DateOnly(2023, 1, 1).AddDays(i);
        return TestData.Article(date)
            .Says($"Envoy {i}", country, $"Dispatch {i}: the canal treaty is discussed again in {country}.",
                On(TestData.Canal, Stances[i % 4], 0.5 + (i % 5) / 10.0), On(TestData.Border, Stances[(i + 1) % 4]))
            .Says($"Minister {i}", country, $"Dispatch {i}: the quota for herring is still contested.",
                On(TestData.Fishing, Stances[(i + 2) % 4]))
            .Build();
    }
}
