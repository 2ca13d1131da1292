using Dapper;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Postgres;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// A statement re-published near-identically by further articles (an agency's copy under each outlet's boilerplate) is
/// stored once, with every article as a source, on each engine.
/// </summary>
public abstract class WireCopyContract : EngineContract
{
    private const string Quote = "Ardenia will sign the canal treaty this spring, whatever the valley farmers say about the locks";

    private static readonly DateOnly Day = new(2024, 3, 1);

    private static readonly Speaker President = new("Mirela Vost", TestData.Mirela.Id, "ARD", "President", Offices.HeadOfState);

    // The same quote as ten outlets print it: other datelines, attributions, quotation marks and dashes.
    private static readonly string[] Boilerplate =
    [
        "{0}.",
        "PORT SELIN, March 1 (Reuters) - {0}, the president said.",
        "\u201C{0},\u201D she told reporters on Friday.",
        "{0} \u2014 President Vost said.",
        "(AP) - {0}, Vost said.",
        "\"{0}!\"",
        "PORT SELIN \u2013 {0}, she said on Friday.",
        "{0}, according to the president.",
        "{0}, Vost told journalists.",
        "\u00AB{0}\u00BB, Vost said.",
    ];

    /// <summary>The engine's article store with wire-copy detection off, as `ingest --no-dedup` (or a store from before it) writes.</summary>
    protected abstract IArticleStore WithoutDetection();

    protected override void Arrange(StoreEngineUnderTest engine)
    {
        base.Arrange(engine);
        engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
    }

    private List<SaveOutcome> SaveTenCopies(IArticleStore? store = null) =>
        Boilerplate.Select((format, i) => (store ?? Engine.Articles).Save(TestData.Article(Day.AddDays(i % 3)).From($"Outlet {i + 1}")
            .Says(President, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Quote), On(TestData.Canal, Stance.Support)).Build()))
            .ToList();

    [Fact]
    public void Ten_articles_carrying_one_quote_store_it_once_with_ten_reports_and_its_positions_once()
    {
        var outcomes = SaveTenCopies();

        Assert.Equal((1, 0), (outcomes[0].Statements, outcomes[0].WireCopies));
        Assert.All(outcomes.Skip(1), o => Assert.Equal((SaveStatus.Stored, 0, 0, 1), (o.Status, o.Statements, o.Positions, o.WireCopies)));
        Assert.Equal(10, Count("articles"));
        Assert.Equal(1, Count("statements"));
        Assert.Equal(1, Count("positions"));
        Assert.Equal(9, Count("statement_reports"));
        // The shift rule's count of agreeing statements counts the copy once.
        Assert.Equal([1L], Rows<long>("SELECT agreeing FROM position_days"));

        var cell = Engine.Cells.Get("ARD", TestData.Canal, Day.AddDays(5));
        Assert.Equal((10, 10), (cell.Winner!.Reach.Articles, cell.Winner.Reach.Outlets));
        Assert.Equal(Enumerable.Range(2, 9).Select(i => $"Outlet {i}").Order(StringComparer.Ordinal), cell.Winner.Reach.Further.Select(r => r.Source!).Order(StringComparer.Ordinal));
        Assert.Equal(cell.Winner.Reach.Further.Select(r => r.Date).Order(), cell.Winner.Reach.Further.Select(r => r.Date));
        Assert.All(cell.Winner.Reach.Further, r => Assert.StartsWith("https://gazette.example/", r.Url, StringComparison.Ordinal));
        var row = Assert.Single(Engine.Statements.Get(new StatementFilter()).Rows);
        Assert.Equal((10, 10), (row.Outlets, row.Reports));
        var exported = Assert.Single(Engine.Get<IExportQuery>().Positions());
        Assert.Equal((10, 10), (exported.Outlets, exported.Reports));
    }

    [Fact]
    public void Copies_do_not_change_how_many_statements_agree_on_a_day()
    {
        SaveTenCopies();
        Engine.Articles.Save(TestData.Article(Day).From("Outlet 11")
            .Says(President, "The canal treaty is the best thing that could happen to the valley and its towns.", On(TestData.Canal, Stance.Support)).Build());

        var agreeing = Rows<long>("SELECT agreeing FROM position_days WHERE day = '2024-03-01'");

        Assert.Equal([2L], agreeing);
    }

    [Fact]
    public void Another_speaker_another_fortnight_or_a_negation_is_not_a_copy()
    {
        Engine.Articles.Save(TestData.Article(Day).Says(President, $"{Quote}.", On(TestData.Canal, Stance.Support)).Build());

        // Each read as the original was, so that only the speaker, the day, the negation or the article tells them apart.
        var support = On(TestData.Canal, Stance.Support);
        var byTomas = Engine.Articles.Save(TestData.Article(Day).Says(new Speaker("Tomas Kell", TestData.Tomas.Id, "BOR", "Foreign Minister"), $"{Quote}.", support).Build());
        var fourDaysLater = Engine.Articles.Save(TestData.Article(Day.AddDays(WireCopies.WindowDays + 1)).Says(President, $"{Quote}.", support).Build());
        var negated = Engine.Articles.Save(TestData.Article(Day).Says(President, Quote.Replace("will sign", "will not sign", StringComparison.Ordinal), support).Build());
        var unknownSpeaker = Engine.Articles.Save(TestData.Article(Day).Says("a canal engineer", "ARD", $"{Quote}.").Build());
        var sameArticleTwice = Engine.Articles.Save(TestData.Article(Day.AddDays(-WireCopies.WindowDays - 1)).Says(President, $"{Quote}.", support).Says(President, $"{Quote}!", support).Build());
        Assert.All([byTomas, fourDaysLater, negated, unknownSpeaker], o => Assert.Equal((1, 0), (o.Statements, o.WireCopies)));
        Assert.Equal((2, 0), (sameArticleTwice.Statements, sameArticleTwice.WireCopies));
        Assert.Equal(0, Count("statement_reports"));
        Assert.Equal(7, Count("statements"));
    }

    // Eighteen words once "the" and "to" are left out: "opposes" for "supports" leaves 14 of 18 trigrams shared (0.78),
    // over the text rule's bar (the first assertion says so); the classifier
    // reading them differently is what keeps the second statement.
    private const string LongPledge = "The government supports the canal treaty with its locks and its new ferry line from the northern valley to the southern port towns";

    [Fact]
    public void One_word_changed_in_a_long_statement_is_a_copy_only_when_the_classifier_reads_it_the_same()
    {
        var first = Engine.Articles.Save(TestData.Article(Day).Says(President, LongPledge, On(TestData.Canal, Stance.Support)).Build());
        var turned = Engine.Articles.Save(TestData.Article(Day).From("Outlet 2")
            .Says(President, LongPledge.Replace("supports", "opposes", StringComparison.Ordinal), On(TestData.Canal, Stance.Oppose)).Build());
        var sameReading = Engine.Articles.Save(TestData.Article(Day).From("Outlet 3")
            .Says(President, LongPledge.Replace("supports", "backs", StringComparison.Ordinal), On(TestData.Canal, Stance.Support)).Build());
        var unclassified = Engine.Articles.Save(TestData.Article(Day).From("Outlet 4").Says(President, $"{LongPledge}, she said.").Build());

        Assert.True(Core.Text.NearDuplicates.AreCopies(
            Core.Text.NearDuplicates.Fingerprint(LongPledge), Core.Text.NearDuplicates.Fingerprint(LongPledge.Replace("supports", "opposes", StringComparison.Ordinal))));
        Assert.Equal((1, 0), (first.Statements, first.WireCopies));
        Assert.Equal((1, 0), (turned.Statements, turned.WireCopies));
        Assert.Equal((0, 1), (sameReading.Statements, sameReading.WireCopies));
        Assert.Equal((1, 0), (unclassified.Statements, unclassified.WireCopies));
        Assert.Equal(["oppose", "support"], Rows<string>("SELECT stance FROM positions ORDER BY stance"));
    }

    [Fact]
    public void A_speaker_the_catalogue_lacks_is_matched_by_name_and_country()
    {
        var first = Engine.Articles.Save(TestData.Article(Day).Says("a canal engineer", "ARD", $"{Quote}.").Build());
        var copy = Engine.Articles.Save(TestData.Article(Day.AddDays(1)).From("Outlet 2").Says("A Canal Engineer ", "ARD", $"\u201C{Quote}\u201D, he said.").Build());
        var otherCountry = Engine.Articles.Save(TestData.Article(Day.AddDays(1)).From("Outlet 3").Says("a canal engineer", "BOR", $"{Quote}.").Build());

        Assert.Equal((1, 0, 1), (first.Statements, copy.Statements, copy.WireCopies));
        Assert.Equal((1, 0), (otherCountry.Statements, otherCountry.WireCopies));
        Assert.Equal([(first.ArticleId, copy.ArticleId)], Rows<(long, long)>("SELECT s.article_id, r.article_id FROM statement_reports r JOIN statements s ON s.id = r.statement_id"));
    }

    [Fact]
    public void Deleting_a_copy_s_article_drops_its_report_and_ingesting_it_again_brings_it_back()
    {
        var outcomes = SaveTenCopies();
        var copy = TestData.Article(Day).From("Outlet 11").Says(President, $"{Quote}, Vost said.", On(TestData.Canal, Stance.Support));
        var eleventh = Engine.Articles.Save(copy.Build());
        Assert.Equal(10, Count("statement_reports"));

        using (var connection = Engine.OpenConnection())
        {
            connection.Execute("DELETE FROM articles WHERE id = @Id", new { Id = eleventh.ArticleId });
        }
        Assert.Equal(9, Count("statement_reports"));
        var again = Engine.Articles.Save(copy.Build());
        var duplicate = Engine.Articles.Save(copy.Build());

        Assert.Equal((SaveStatus.Stored, 0, 1), (again.Status, again.Statements, again.WireCopies));
        Assert.Equal((SaveStatus.Duplicate, 0), (duplicate.Status, duplicate.WireCopies));
        Assert.Equal(11, Engine.Statements.Get(new StatementFilter()).Rows.Single().Reports);
        Assert.Equal(1, Count("positions"));

        // The original's article deleted, the statement goes with it and with its reports; the copies' articles stay.
        using (var connection = Engine.OpenConnection())
        {
            connection.Execute("DELETE FROM articles WHERE id = @Id", new { Id = outcomes[0].ArticleId });
        }
        Assert.Equal((0L, 0L, 10L), (Count("statements"), Count("statement_reports"), Count("articles")));
    }

    [Fact]
    public void Statements_stored_without_detection_are_fingerprinted_when_their_days_are_next_written()
    {
        var unmarked = SaveTenCopies(WithoutDetection());
        Assert.All(unmarked, o => Assert.Equal((1, 0), (o.Statements, o.WireCopies)));
        Assert.Equal(10, Count("statements"));
        Assert.Equal(10, Scalar<long>("SELECT COUNT(*) FROM statements WHERE simhash IS NULL AND speaker_key IS NULL"));

        var copy = Engine.Articles.Save(TestData.Article(Day.AddDays(1)).From("Outlet 11").Says(President, $"{Quote}, Vost said.", On(TestData.Canal, Stance.Support)).Build());

        Assert.Equal((0, 1), (copy.Statements, copy.WireCopies));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM statements WHERE simhash IS NULL OR speaker_key IS NULL"));
        Assert.Equal(Rows<long>("SELECT id FROM statements ORDER BY id LIMIT 1"), Rows<long>("SELECT statement_id FROM statement_reports"));
    }

    [Fact]
    public void Copies_saved_at_once_by_several_writers_still_make_one_statement()
    {
        var articles = Boilerplate.Select((format, i) => TestData.Article(Day).From($"Outlet {i + 1}")
            .Says(President, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Quote), On(TestData.Canal, Stance.Support)).Build()).ToList();

        // Opened before the writers start: an engine that is not available skips the test instead of failing in a worker.
        var store = Engine.Articles;
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, article => store.Save(article));

        Assert.Equal((10L, 1L, 9L, 1L), (Count("articles"), Count("statements"), Count("statement_reports"), Count("positions")));
    }
}

public sealed class SqliteWireCopyTests : WireCopyContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();

    protected override IArticleStore WithoutDetection() =>
        new SqliteArticleStore((SqliteDatabase)Engine.Store, new StanceTrackerOptions(Path.GetTempPath()) { DetectWireCopies = false });
}

public sealed class PostgresWireCopyTests : WireCopyContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();

    protected override IArticleStore WithoutDetection() =>
        new PostgresArticleStore((PostgresDatabase)Engine.Store, new StanceTrackerOptions(Path.GetTempPath()) { DetectWireCopies = false });
}
