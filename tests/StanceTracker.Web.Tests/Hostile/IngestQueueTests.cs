using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Tests.Hostile;

/// <summary>The dashboard analyses one article at a time, off the circuit, and a waiting or running analysis can be cancelled.</summary>
public sealed class IngestQueueTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-queue-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly BlockingAnalyzer _analyzer = new();
    private readonly ArticleIngest _ingest;

    public IngestQueueTests() => _ingest = new ArticleIngest(new ArticleIngestor(TestServices.On(Path.Combine(_folder, "queue.db")).GetRequiredService<IArticleStore>(), _analyzer));

    public void Dispose()
    {
        _analyzer.Release.Set();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static PastedArticle Pasted(int n) => new($"Article {n}. The minister said talks would continue.", $"Title {n}", new DateOnly(2025, 3, 1), "Wire", null);

    [Fact]
    public async Task A_second_article_waits_for_the_first_and_either_can_be_cancelled()
    {
        using var firstCancel = new CancellationTokenSource();
        using var secondCancel = new CancellationTokenSource();
        var statuses = new List<string>();

        var first = _ingest.PasteAsync(Pasted(1), null, firstCancel.Token);
        Assert.True(_analyzer.Entered.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the first analysis started");
        var second = _ingest.PasteAsync(Pasted(2), new Progress<string>(s => { lock (statuses) { statuses.Add(s); } }), secondCancel.Token);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted, "the second article waits its turn");
        Assert.Equal(1, _analyzer.Calls);

        await secondCancel.CancelAsync();
        var secondOutcome = Assert.Single(await second);
        Assert.Contains("cancelled", secondOutcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(1, _analyzer.Calls);

        await firstCancel.CancelAsync();
        var firstOutcome = Assert.Single(await first);
        Assert.Contains("cancelled", firstOutcome.Refusal, StringComparison.Ordinal);
        Assert.Null(firstOutcome.ArticleId);

        // The queue is free again once both are gone.
        _analyzer.Release.Set();
        var third = Assert.Single(await _ingest.PasteAsync(Pasted(3), null, TestContext.Current.CancellationToken));
        Assert.True(third.Stored, third.Refusal);
        lock (statuses)
        {
            Assert.Contains(statuses, s => s.Contains("waiting", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Holds each analysis until released or cancelled, counting calls.</summary>
    private sealed class BlockingAnalyzer : IArticleAnalyzer
    {
        private int _calls;

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public int Calls => Volatile.Read(ref _calls);

        public string Version => "blocking";

        public string? ClassifiedBy => null;

        public AnalysedArticle Analyse(Article article) => Analyse(article, CancellationToken.None);

        public AnalysedArticle Analyse(Article article, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            Entered.Set();
            Release.Wait(cancellationToken);
            return new AnalysedArticle(article, []);
        }
    }
}
