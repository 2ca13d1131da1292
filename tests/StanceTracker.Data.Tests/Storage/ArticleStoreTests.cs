using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Storage;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteArticleStore _store;

    public ArticleStoreTests()
    {
        _database = _temp.Open();
        new SqliteTopicStore(_database).Upsert(TestData.Topics);
        _store = new SqliteArticleStore(_database);
    }

    public void Dispose() => _temp.Dispose();

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

        var outcome = _store.Save(analysed);

        Assert.Equal(SaveStatus.Stored, outcome.Status);
        Assert.Equal(2, outcome.Statements);
        Assert.Equal(3, outcome.Positions);
        Assert.NotNull(_store.Find(analysed.Article.ContentHash));
        using var connection = _database.OpenConnection();
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
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM statement_search WHERE statement_search MATCH 'ratify'"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM statement_search WHERE statement_search MATCH 'the'"));
    }

    [Fact]
    public void Saving_the_same_article_again_is_a_duplicate_and_writes_nothing()
    {
        var builder = TestData.Article(new DateOnly(2024, 3, 15))
            .Says("Tomas Kell", "BOR", "Borovia wants a commission, not a wall.", On(TestData.Border, Stance.Support));
        var first = _store.Save(builder.Build());
        var counts = Counts();

        var again = _store.Save(builder.From("Another Outlet").Build());

        Assert.Equal(new SaveOutcome(SaveStatus.Duplicate, first.ArticleId, 0, 0), again);
        Assert.Equal(counts, Counts());
    }

    [Fact]
    public void Unknown_topic_rolls_back_the_whole_article()
    {
        _store.Save(TestData.Article(new DateOnly(2024, 3, 1))
            .Says("Mirela Vost", "ARD", "We stand by the canal.", On(TestData.Canal, Stance.Support))
            .Build());
        var counts = Counts();
        var broken = TestData.Article(new DateOnly(2024, 3, 2))
            .From("Brand New Source")
            .Says("Mirela Vost", "ARD", "The canal treaty is good for the valley.", On(TestData.Canal, Stance.Support))
            .Says("Tomas Kell", "BOR", "Nobody asked about the lighthouse.", On("lighthouse-tax", Stance.Oppose))
            .Build();

        var error = Assert.Throws<SqliteException>(() => _store.Save(broken));

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: the foreign key to topics
        Assert.Equal(counts, Counts());
        Assert.Null(_store.Find(broken.Article.ContentHash));
        using var connection = _database.OpenConnection();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM statement_search WHERE statement_search MATCH 'valley'"));
        // The failed save left no transaction or lock behind: the next one goes through.
        Assert.Equal(SaveStatus.Stored, _store.Save(TestData.Article(new DateOnly(2024, 3, 3)).Says("Ana Brel", "CAL", "Calvera abstains.").Build()).Status);
    }

    [Fact]
    public void Source_is_stored_once_for_many_articles()
    {
        for (var day = 1; day <= 5; day++)
        {
            _store.Save(TestData.Article(new DateOnly(2024, 4, day)).From("Valley Courier")
                .Says("Ana Brel", "CAL", $"Day {day} of the quota talks brought nothing.", On(TestData.Fishing, Stance.Neutral))
                .Build());
        }
        _store.Save(TestData.Article(new DateOnly(2024, 4, 9)).From("  Valley Courier ").Build());

        using var connection = _database.OpenConnection();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sources"));
        Assert.Equal(6, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE source_id = (SELECT id FROM sources WHERE name = 'Valley Courier')"));
    }

    [Fact]
    public void Deleting_an_article_cascades_to_statements_positions_and_search()
    {
        var outcome = _store.Save(TestData.Article(new DateOnly(2024, 2, 2))
            .Says("Tomas Kell", "BOR", "The sturgeon season must be shortened.", On(TestData.Fishing, Stance.Oppose))
            .Build());

        using var connection = _database.OpenConnection();
        connection.Execute("DELETE FROM articles WHERE id = @ArticleId", new { outcome.ArticleId });

        var counts = Counts();
        Assert.Equal(0, counts.Articles);
        Assert.Equal(0, counts.Statements);
        Assert.Equal(0, counts.Positions);
        Assert.Equal(0, counts.Searchable);
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM statement_search WHERE statement_search MATCH 'sturgeon'"));
        // FTS5's own check compares the index with the content table and raises an error on any difference.
        connection.Execute("INSERT INTO statement_search (statement_search, rank) VALUES ('integrity-check', 1)");
    }

    private (long Articles, long Sources, long Statements, long Positions, long Searchable) Counts()
    {
        using var connection = _database.OpenConnection();
        return connection.QuerySingle<(long, long, long, long, long)>("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sources), (SELECT COUNT(*) FROM statements),
                   (SELECT COUNT(*) FROM positions), (SELECT COUNT(*) FROM statement_search_docsize)
            """);
    }
}
