using Dapper;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// SQLite keeps its search index in an FTS5 table beside the statements, which every write has to keep in step; the
/// checks of that table's rows and of FTS5's own integrity check have no PostgreSQL counterpart (its index is a
/// generated column), so they stay here while <see cref="ArticleStoreContract"/> checks the search through the interface.
/// </summary>
public sealed class SqliteSearchIndexTests : EngineContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();

    [Fact]
    public void Save_writes_a_search_row_per_statement()
    {
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 14))
            .Says("Mirela Vost", "ARD", "Ardenia will ratify the canal treaty before the floods.", On(TestData.Canal, Stance.Support, 0.92))
            .Says("a Borovian official", "BOR", "The quotas in the Grey Sound are already generous.", On(TestData.Fishing, Stance.Oppose))
            .Build());

        Assert.Equal(1, Matches("ratify"));
        Assert.Equal(2, Matches("the"));
        Assert.Equal(2, Count("statement_search_docsize"));
    }

    [Fact]
    public void A_duplicate_or_a_rolled_back_save_writes_no_search_row()
    {
        var builder = TestData.Article(new DateOnly(2024, 3, 15))
            .Says("Tomas Kell", "BOR", "Borovia wants a commission, not a wall.", On(TestData.Border, Stance.Support));
        Engine.Articles.Save(builder.Build());
        Engine.Articles.Save(builder.From("Another Outlet").Build());
        var broken = TestData.Article(new DateOnly(2024, 3, 2))
            .Says("Mirela Vost", "ARD", "The canal treaty is good for the valley.", On(TestData.Canal, Stance.Support))
            .Says("Tomas Kell", "BOR", "Nobody asked about the lighthouse.", On("lighthouse-tax", Stance.Oppose))
            .Build();

        Assert.ThrowsAny<Exception>(() => Engine.Articles.Save(broken));

        Assert.Equal(1, Count("statement_search_docsize"));
        Assert.Equal(0, Matches("valley"));
    }

    [Fact]
    public void Deleting_an_article_empties_its_search_rows_and_the_index_stays_consistent()
    {
        var outcome = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 2, 2))
            .Says("Tomas Kell", "BOR", "The sturgeon season must be shortened.", On(TestData.Fishing, Stance.Oppose))
            .Build());

        using var connection = Engine.OpenConnection();
        connection.Execute("DELETE FROM articles WHERE id = @ArticleId", new { outcome.ArticleId });

        Assert.Equal(0, Count("statement_search_docsize"));
        Assert.Equal(0, Matches("sturgeon"));
        // FTS5's own check compares the index with the content table and raises an error on any difference.
        connection.Execute("INSERT INTO statement_search (statement_search, rank) VALUES ('integrity-check', 1)");
    }

    private long Matches(string word) =>
        Scalar<long>("SELECT COUNT(*) FROM statement_search WHERE statement_search MATCH @Word", new { Word = word });
}
