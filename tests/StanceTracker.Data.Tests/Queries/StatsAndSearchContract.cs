using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Queries;

public abstract class StatsAndSearchContract : EngineContract
{
    [Fact]
    public void Stats_of_an_empty_database()
    {
        var stats = Engine.Stats.Get();

        Assert.Equal(new DatabaseStats(0, 0, 0, 0, 0, 3, 0, null, null, Engine.Store.SchemaVersion, stats.FileBytes), stats);
        Assert.True(stats.FileBytes > 0);
    }

    [Fact]
    public void Stats_count_rows_and_span_dates()
    {
        Engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
        Engine.Articles.Save(TestData.Article(new DateOnly(2023, 12, 30)).From("Valley Courier")
            .Says("Mirela Vost", "ARD", "The canal treaty is a good treaty.", On(TestData.Canal, Stance.Support), On(TestData.Border, Stance.Open))
            .Build());
        var last = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 2, 2))
            .Says("Tomas Kell", "BOR", "Quotas stay.", On(TestData.Fishing, Stance.Oppose))
            .Says("Ana Brel", "CAL", "We listen.")
            .Build());
        var positionId = Scalar<long>(
            "SELECT p.id FROM positions p JOIN statements s ON s.id = p.statement_id WHERE s.article_id = @ArticleId", new { last.ArticleId });
        Engine.Reviews.CorrectStance(positionId, Stance.Neutral, "reviewer-a", null, DateTimeOffset.UnixEpoch);

        var stats = Engine.Stats.Get();

        Assert.Equal(
            new DatabaseStats(2, 2, 3, 3, 2, 3, 1, new DateOnly(2023, 12, 30), new DateOnly(2024, 2, 2), Engine.Store.SchemaVersion, stats.FileBytes),
            stats);
    }

    [Fact]
    public void Search_finds_all_words_newest_first()
    {
        Say(new DateOnly(2024, 1, 1), "The harbour dredging must start in spring.");
        Say(new DateOnly(2024, 3, 1), "Dredging the harbour is Borovia's business.");
        Say(new DateOnly(2024, 2, 1), "The harbour master resigned.");
        Say(new DateOnly(2024, 2, 15), "Dredging elsewhere is fine.");

        var harbour = Engine.Search.Search("harbour");
        var both = Engine.Search.Search("HARBOUR dredging");

        Assert.Equal(
            ["Dredging the harbour is Borovia's business.", "The harbour master resigned.", "The harbour dredging must start in spring."],
            harbour.Select(h => h.Text));
        Assert.Equal([new DateOnly(2024, 3, 1), new DateOnly(2024, 1, 1)], both.Select(h => h.Date));
        var hit = harbour[0];
        Assert.Equal("Talks in Port Selin", hit.ArticleTitle);
        Assert.Equal("Ana Brel", hit.SpeakerName);
        Assert.Equal("CAL", hit.Country);
        Assert.StartsWith("https://gazette.example/", hit.Url, StringComparison.Ordinal);
        Assert.Single(Engine.Search.Search("harbour", limit: 1));
        Assert.Empty(Engine.Search.Search("lighthouse"));
    }

    [Fact]
    public void Quotes_in_the_input_are_searched_as_words()
    {
        Say(new DateOnly(2024, 1, 1), "Asked about the canal, he said \"no\" to the treaty.");
        Say(new DateOnly(2024, 1, 2), "He said yes to the treaty.");

        var hit = Assert.Single(Engine.Search.Search("he said \"no\""));
        Assert.Contains("\"no\"", hit.Text, StringComparison.Ordinal);
        // Every term is required and none is an operator: OR does not widen the search to everything.
        Assert.Empty(Engine.Search.Search("he said \"no\" OR 1=1; DROP TABLE statements;--"));
    }

    [Theory]
    [InlineData("he said \"no\" OR 1=1; DROP TABLE statements;--")]
    [InlineData("'")]
    [InlineData("--")]
    [InlineData("OR 1=1")]
    [InlineData("canal OR")]
    [InlineData("DROP TABLE statements")]
    [InlineData("*")]
    [InlineData("canal*")]
    [InlineData("NEAR")]
    [InlineData("NEAR(canal treaty, 2)")]
    [InlineData("\"unbalanced")]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("text:canal")]
    [InlineData("^canal")]
    [InlineData("(canal")]
    [InlineData("AND NOT")]
    [InlineData("canal + treaty - valley")]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData("'; DELETE FROM articles; --")]
    public void Hostile_input_never_throws_and_changes_nothing(string input)
    {
        Say(new DateOnly(2024, 1, 1), "Near the canal, the treaty is popular; or so they say.");

        var hits = Engine.Search.Search(input);

        Assert.True(hits.Count <= 1);
        Assert.Equal(1, Count("statements"));
        Assert.Equal(1, Count("articles"));
    }

    private void Say(DateOnly date, string text) =>
        Engine.Articles.Save(TestData.Article(date).Says("Ana Brel", "CAL", text, On(TestData.Canal, Stance.Neutral)).Build());
}

public sealed class SqliteStatsAndSearchTests : StatsAndSearchContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresStatsAndSearchTests : StatsAndSearchContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}

/// <summary>How SQLite's search turns what a user typed into an FTS5 expression (PostgreSQL hands words to plainto_tsquery instead).</summary>
public sealed class SqliteMatchExpressionTests
{
    [Theory]
    [InlineData("canal", "\"canal\"")]
    [InlineData("  canal   treaty ", "\"canal\" \"treaty\"")]
    [InlineData("say \"no\"", "\"say\" \"\"\"no\"\"\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("-- * ' \"", null)]
    public void Input_becomes_quoted_terms(string input, string? expected) =>
        Assert.Equal(expected, SqliteStatementSearch.ToMatchExpression(input));
}
