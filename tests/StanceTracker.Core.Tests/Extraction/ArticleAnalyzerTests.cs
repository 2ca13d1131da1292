using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Tests.Attribution;

namespace StanceTracker.Core.Tests.Extraction;

public sealed class ArticleAnalyzerTests
{
    private sealed class RecordingClassifier : IStatementClassifier
    {
        public List<IReadOnlyList<ClassificationInput>> Batches { get; } = [];

        public string Version => "test-7";

        public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs)
        {
            lock (Batches)
            {
                Batches.Add(inputs);
            }
            return inputs.Select(_ => (IReadOnlyList<PositionClaim>)[new PositionClaim("troops-in-ukraine", Stance.Oppose, 0.9, Version)]).ToList();
        }
    }

    [Fact]
    public void The_classifier_gets_one_batch_per_article_with_the_previous_sentence_as_context()
    {
        var classifier = new RecordingClassifier();
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog, classifier);

        var result = analyzer.Analyse(Analysis.Article("Leaders met in Paris. Tusk ruled out sending troops. Meloni also opposed the idea."));

        var batch = Assert.Single(classifier.Batches);
        Assert.Equal([("Tusk ruled out sending troops.", "Leaders met in Paris."), ("Meloni also opposed the idea.", "Tusk ruled out sending troops.")],
            batch.Select(i => (i.Text, i.Context)));
        Assert.All(result.Statements, s => Assert.Equal(Stance.Oppose, Assert.Single(s.Positions).Stance));
        Assert.Equal($"extract:{StatementExtractor.Version}+classify:test-7", analyzer.Version);
    }

    [Fact]
    public void Withholding_what_one_thinks_is_neutral_but_refusing_to_back_is_still_a_stance()
    {
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog, new RecordingClassifier());

        var result = analyzer.Analyse(Analysis.Article(
            "Tusk did not say whether Poland would send troops. Scholz declined to comment on the plan. Macron refused to back the idea."));

        Assert.Equal([("Donald Tusk", Stance.Neutral), ("Olaf Scholz", Stance.Neutral), ("Emmanuel Macron", Stance.Oppose)],
            result.Statements.Select(s => (s.Speaker.Name, Assert.Single(s.Positions).Stance)));
    }

    [Fact]
    public void Without_a_classifier_positions_stay_empty()
    {
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog);

        var statement = Assert.Single(analyzer.Analyse(Analysis.Article("Tusk ruled out sending troops.")).Statements);

        Assert.Empty(statement.Positions);
        Assert.Equal($"extract:{StatementExtractor.Version}", analyzer.Version);
    }

    [Fact]
    public void One_analyzer_gives_the_same_results_from_many_threads()
    {
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog);
        var articles = Enumerable.Range(0, 64).Select(i => Analysis.Article(
            i % 2 == 0 ? "Angela Merkel welcomed the plan. \u201CGood,\u201D she said." : "Emmanuel Macron welcomed the plan. \u201CGood,\u201D he said.", date: "2019-05-01")).ToList();
        var sequential = articles.Select(a => string.Join("|", analyzer.Analyse(a).Statements.Select(s => s.Speaker.Name))).ToList();

        var parallel = articles.AsParallel().AsOrdered().Select(a => string.Join("|", analyzer.Analyse(a).Statements.Select(s => s.Speaker.Name))).ToList();

        Assert.Equal(sequential, parallel);
        Assert.Equal("Angela Merkel|Angela Merkel", sequential[0]);
    }
}
