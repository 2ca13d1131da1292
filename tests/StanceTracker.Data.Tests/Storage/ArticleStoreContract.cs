using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Storage;

public abstract class ArticleStoreContract : EngineContract
{
    [Fact]
    public void Save_stores_article_statements_positions_and_search_rows()
    {
        var analysed = TestData.Article(new DateOnly(2024, 3, 14))
            .Titled("Canal talks stall")
            .Says(new StanceTracker.Core.Attribution.Speaker("Mirela Vost", "mirela-vost", "ARD", "President"),
                "Ardenia will ratify the canal treaty before the floods.",
                On(TestData.Canal, Stance.Support, 0.92), On(TestData.Border, Stance.Open, 0.55))
            .Says("a Borovian official", "BOR", "The quotas in the Grey Sound are already generous.", On(TestData.Fishing, Stance.Oppose))
            .Build();

        var outcome = Engine.Articles.Save(analysed);

        Assert.Equal(SaveStatus.Stored, outcome.Status);
        Assert.Equal(2, outcome.Statements);
        Assert.Equal(3, outcome.Positions);
        Assert.NotNull(Engine.Articles.Find(analysed.Article.ContentHash));
        using var connection = Engine.OpenConnection();
        var article = connection.QuerySingle<(long Id, string Title, string Published, string PublishedDate, string Source)>("""
            SELECT a.id, a.title, a.published, a.published_date, s.name FROM articles a JOIN sources s ON s.id = a.source_id
            """);
        Assert.Equal((outcome.ArticleId, "Canal talks stall", "2024-03-14T09:30:00.0000000+00:00", "2024-03-14", "Harbour Gazette"), article);
        var positions = connection.Query<(string Topic, string Stance, string? Actor, string? Country, string Date, string Kind)>("""
            SELECT p.topic_id, p.stance, p.actor_id, p.country, p.published_date, s.kind
            FROM positions p JOIN statements s ON s.id = p.statement_id
            WHERE s.article_id = @ArticleId
            ORDER BY p.id
            """, new { outcome.ArticleId }).ToList();
        Assert.Equal(
            [
                (TestData.Canal, "support", "mirela-vost", "ARD", "2024-03-14", "direct"),
                (TestData.Border, "open", "mirela-vost", "ARD", "2024-03-14", "direct"),
                (TestData.Fishing, "oppose", null, "BOR", "2024-03-14", "direct"),
            ],
            positions);
        var offsets = connection.Query<(int Start, int End, string Text)>("SELECT start_offset, end_offset, text FROM statements");
        Assert.All(offsets, o => Assert.Equal(o.Text, analysed.Article.Body[o.Start..o.End]));
        Assert.Single(Engine.Search.Search("ratify"));
        Assert.Equal(2, Engine.Search.Search("the").Count);
    }

    [Fact]
    public void Saving_the_same_article_again_is_a_duplicate_and_writes_nothing()
    {
        var builder = TestData.Article(new DateOnly(2024, 3, 15))
            .Says("Tomas Kell", "BOR", "Borovia wants a commission, not a wall.", On(TestData.Border, Stance.Support));
        var first = Engine.Articles.Save(builder.Build());
        var counts = Counts();

        var again = Engine.Articles.Save(builder.From("Another Outlet").Build());

        Assert.Equal(new SaveOutcome(SaveStatus.Duplicate, first.ArticleId, 0, 0), again);
        Assert.Equal(counts, Counts());
    }

    [Fact]
    public void Unknown_topic_rolls_back_the_whole_article()
    {
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 1))
            .Says("Mirela Vost", "ARD", "We stand by the canal.", On(TestData.Canal, Stance.Support))
            .Build());
        var counts = Counts();
        var broken = TestData.Article(new DateOnly(2024, 3, 2))
            .From("Brand New Source")
            .Says("Mirela Vost", "ARD", "The canal treaty is good for the valley.", On(TestData.Canal, Stance.Support))
            .Says("Tomas Kell", "BOR", "Nobody asked about the lighthouse.", On("lighthouse-tax", Stance.Oppose))
            .Build();

        var error = Assert.ThrowsAny<DbException>(() => Engine.Articles.Save(broken));

        // The foreign key to topics, in each engine's words: SQLITE_CONSTRAINT, foreign_key_violation.
        Assert.True(error is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: "23503" }, error.ToString());
        Assert.Equal(counts, Counts());
        Assert.Null(Engine.Articles.Find(broken.Article.ContentHash));
        Assert.Empty(Engine.Search.Search("valley"));
        // The failed save left no transaction or lock behind: the next one goes through.
        Assert.Equal(SaveStatus.Stored, Engine.Articles.Save(TestData.Article(new DateOnly(2024, 3, 3)).Says("Ana Brel", "CAL", "Calvera abstains.").Build()).Status);
    }

    [Fact]
    public void Source_is_stored_once_for_many_articles()
    {
        for (var day = 1; day <= 5; day++)
        {
            Engine.Articles.Save(TestData.Article(new DateOnly(2024, 4, day)).From("Valley Courier")
                .Says("Ana Brel", "CAL", $"Day {day} of the quota talks brought nothing.", On(TestData.Fishing, Stance.Neutral))
                .Build());
        }
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 4, 9)).From("  Valley Courier ").Build());

        using var connection = Engine.OpenConnection();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sources"));
        Assert.Equal(6, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE source_id = (SELECT id FROM sources WHERE name = 'Valley Courier')"));
    }

    [Fact]
    public void Deleting_an_article_cascades_to_statements_positions_and_search()
    {
        var outcome = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 2, 2))
            .Says("Tomas Kell", "BOR", "The sturgeon season must be shortened.", On(TestData.Fishing, Stance.Oppose))
            .Build());

        using var connection = Engine.OpenConnection();
        connection.Execute("DELETE FROM articles WHERE id = @ArticleId", new { outcome.ArticleId });

        var counts = Counts();
        Assert.Equal(0, counts.Articles);
        Assert.Equal(0, counts.Statements);
        Assert.Equal(0, counts.Positions);
        Assert.Empty(Engine.Search.Search("sturgeon"));
    }

    private (long Articles, long Sources, long Statements, long Positions) Counts()
    {
        using var connection = Engine.OpenConnection();
        return connection.QuerySingle<(long, long, long, long)>("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sources), (SELECT COUNT(*) FROM statements),
                   (SELECT COUNT(*) FROM positions)
            """);
    }
}

public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresArticleStoreTests : ArticleStoreContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
