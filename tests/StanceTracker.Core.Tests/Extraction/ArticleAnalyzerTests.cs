using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Core.Tests.Attribution;
using StanceTracker.Core.Analysis;

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

        var result = analyzer.Analyse(Analysis.Article("Leaders met in Paris. Tusk ruled out sending troops. Meloni also opposed the idea."), TestContext.Current.CancellationToken);

        var batch = Assert.Single(classifier.Batches);
        Assert.Equal([("Tusk ruled out sending troops.", "Leaders met in Paris."), ("Meloni also opposed the idea.", "Tusk ruled out sending troops.")],
            batch.Select(i => (i.Text, i.Context)));
        Assert.All(result.Statements, s => Assert.Equal(Stance.Oppose, Assert.Single(s.Positions).Stance));
        Assert.Equal($"extract:{StatementExtractor.Version}+classify:test-7", analyzer.Version);
    }

    [Fact]
    public void A_position_whose_topic_has_no_word_in_the_statement_or_the_sentence_it_points_back_to_is_dropped()
    {
        var evidence = new TopicEvidence([new Topic("troops-in-ukraine", "Troops", "Troops in Ukraine.", "", [], ["troop*", "soldier*"])]);
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog, new RecordingClassifier(), evidence: evidence);

        var result = analyzer.Analyse(Analysis.Article(
            "Tusk ruled out sending troops. Meloni also opposed the idea. Macron said it was a real pleasure to be in Kyiv."), TestContext.Current.CancellationToken);

        // The classifier gave all three the troops topic; Macron's pleasantry has no word of it and points back to nothing.
        Assert.Equal([("Donald Tusk", 1), ("Meloni", 1), ("Emmanuel Macron", 0)], result.Statements.Select(s => (s.Speaker.Name, s.Positions.Count)));
        Assert.Equal($"extract:{StatementExtractor.Version}+classify:test-7+evidence:{evidence.Fingerprint}", analyzer.Version);
    }

    [Fact]
    public void A_statement_that_points_back_past_a_sentence_about_nothing_tracked_finds_its_topic_further_up()
    {
        var evidence = new TopicEvidence([new Topic("troops-in-ukraine", "Troops", "Troops in Ukraine.", "", [], ["troop*", "soldier*"])]);
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog, new RecordingClassifier(), evidence: evidence);

        var result = analyzer.Analyse(Analysis.Article(
            "Tusk ruled out sending troops. The meeting in Warsaw lasted two hours. Meloni called the debate premature. " +
            "The lunch was served late. The guests left at three. The hall was closed at four. Macron called the debate useful."),
            TestContext.Current.CancellationToken);

        // Meloni's "the debate" is the troops, two sentences up; Macron's is more sentences away than anyone would read back.
        Assert.Equal([("Donald Tusk", 1), ("Meloni", 1), ("Emmanuel Macron", 0)], result.Statements.Select(s => (s.Speaker.Name, s.Positions.Count)));
    }

    [Fact]
    public void Withholding_what_one_thinks_is_neutral_but_refusing_to_back_is_still_a_stance()
    {
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog, new RecordingClassifier());

        var result = analyzer.Analyse(Analysis.Article(
            "Tusk did not say whether Poland would send troops. Scholz declined to comment on the plan. Macron refused to back the idea."), TestContext.Current.CancellationToken);

        Assert.Equal([("Donald Tusk", Stance.Neutral), ("Olaf Scholz", Stance.Neutral), ("Emmanuel Macron", Stance.Oppose)],
            result.Statements.Select(s => (s.Speaker.Name, Assert.Single(s.Positions).Stance)));
    }

    [Theory]
    [InlineData("In February, Netanyahu told CNN he was looking into military aid.", "2023-06-29", true)]
    [InlineData("In February, Netanyahu told CNN he was looking into military aid.", "2023-02-20", false)]
    [InlineData("In June 2022, Tokayev said Kazakhstan would not recognise the republics.", "2025-11-07", true)]
    [InlineData("In 2024, then Foreign Minister Schallenberg had criticised the debate.", "2025-05-19", true)]
    [InlineData("Earlier this year, Sikorski had said the presence of NATO troops was not unthinkable.", "2024-12-12", true)]
    [InlineData("Under his predecessor, Belgium had supported using the windfall profits.", "2025-11-27", true)]
    [InlineData("Indian Prime Minister Narendra Modi said in February that India backed talks.", "2023-06-29", false)]
    [InlineData("In Kyiv, Zelensky said Ukraine would not give up land.", "2025-08-18", false)]
    public void A_statement_that_opens_by_dating_itself_before_the_article_reports_an_old_position(string text, string published, bool earlier)
    {
        Assert.Equal(earlier, ArticleAnalyzer.ReportsEarlierDate(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_classifier_positions_stay_empty()
    {
        var analyzer = new ArticleAnalyzer(TestCatalog.Catalog);

        var statement = Assert.Single(analyzer.Analyse(Analysis.Article("Tusk ruled out sending troops."), TestContext.Current.CancellationToken).Statements);

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
