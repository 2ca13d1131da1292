using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Schema;

public sealed class SchemaTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Fresh_database_is_at_latest_version_in_wal_mode_with_foreign_keys()
    {
        var database = _temp.Open();

        Assert.True(File.Exists(_temp.FilePath));
        Assert.Equal(_temp.FilePath, database.Path);
        Assert.Equal(SqliteDatabase.LatestSchemaVersion, database.SchemaVersion);
        using var connection = database.OpenConnection();
        Assert.Equal(SqliteDatabase.LatestSchemaVersion, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA foreign_keys"));
        Assert.Equal(1, connection.ExecuteScalar<int>("PRAGMA synchronous")); // NORMAL
        Assert.Equal(5000, connection.ExecuteScalar<int>("PRAGMA busy_timeout"));
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void Latest_version_is_the_last_of_gapless_migrations()
    {
        Assert.True(SqliteDatabase.LatestSchemaVersion >= 2);
        Assert.Equal(
            Enumerable.Range(1, SqliteDatabase.LatestSchemaVersion),
            SchemaScripts.Migrations.Select(m => m.Version));
    }

    [Fact]
    public void Opening_twice_changes_nothing()
    {
        var first = _temp.Open();
        new SqliteTopicStore(first).Upsert(TestData.Topics);
        new SqliteArticleStore(first).Save(TestData.Article(new DateOnly(2024, 5, 2))
            .Says("Mirela Vost", "ARD", "The canal treaty will be signed this spring.", ArticleBuilder.On(TestData.Canal, Stance.Support))
            .Build());
        var before = new SqliteStatsQuery(first).Get();

        var second = _temp.Open();
        var after = new SqliteStatsQuery(second).Get();

        Assert.Equal(SqliteDatabase.LatestSchemaVersion, second.SchemaVersion);
        Assert.Equal(before with { FileBytes = 0 }, after with { FileBytes = 0 });
        Assert.Equal(1, after.Articles);
        using var connection = second.OpenConnection();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void Version_1_database_migrates_to_latest_and_keeps_its_data()
    {
        CreateVersion1WithOneStatement();

        var database = _temp.Open();

        Assert.Equal(SqliteDatabase.LatestSchemaVersion, database.SchemaVersion);
        Assert.Equal(1, TempDatabase.Count(database, "articles"));
        Assert.Equal(1, TempDatabase.Count(database, "positions"));
        // Migration 2 indexes statements that were stored before search existed.
        var hit = Assert.Single(new SqliteStatementSearch(database).Search("herring"));
        Assert.Equal("Old Gazette headline", hit.ArticleTitle);
        Assert.Equal(new DateOnly(2023, 11, 20), hit.Date);
        // And statements saved afterwards are indexed by the new triggers.
        new SqliteArticleStore(database).Save(TestData.Article(new DateOnly(2024, 1, 5))
            .Says("Tomas Kell", "BOR", "More herring for everyone, said the minister.", ArticleBuilder.On(TestData.Fishing, Stance.Support))
            .Build());
        Assert.Equal(2, new SqliteStatementSearch(database).Search("herring").Count);
        using var connection = database.OpenConnection();
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void Version_7_reviews_are_applied_by_the_CSharp_rule_when_migrating()
    {
        // Before version 8 a view keyed a corrected uncatalogued speaker with SQLite's ASCII-only lower(), so the same
        // speaker extracted elsewhere (keyed in C#) split in two: 'name:Šefčovič|EUR' beside 'name:šefčovič|EUR'.
        using (var connection = _temp.OpenRaw())
        {
            foreach (var migration in SchemaScripts.Migrations.Where(m => m.Version <= 7))
            {
                connection.Execute(migration.Sql);
            }
            SchemaMigrator.WriteVersion(connection, null, 7);
            connection.Execute("""
                INSERT INTO topics (id, label, proposition, description, cues, sort_order)
                VALUES ('grey-sound-quotas', 'Grey Sound quotas', 'Quotas should be raised.', '', '[]', 1);
                INSERT INTO articles (id, content_hash, title, published, published_date, body, origin, ingested_at)
                VALUES (1, 'h1', 'One', '2024-03-01T08:00:00.0000000+00:00', '2024-03-01', 'x', 'one.txt', '2024-03-02T00:00:00.0000000Z'),
                       (2, 'h2', 'Two', '2024-03-05T08:00:00.0000000+00:00', '2024-03-05', 'y', 'two.txt', '2024-03-06T00:00:00.0000000Z');
                INSERT INTO statements (id, article_id, speaker_name, speaker_country, text, kind, start_offset, end_offset, published_date)
                VALUES (1, 1, 'Šefčovič', 'EUR', 'Quotas must rise.', 'indirect', 0, 17, '2024-03-01'),
                       (2, 2, 'a spokesman', 'EUR', 'Quotas must not rise.', 'indirect', 0, 21, '2024-03-05');
                INSERT INTO positions (id, statement_id, topic_id, stance, confidence, model_version, country, published_date, actor_key)
                VALUES (1, 1, 'grey-sound-quotas', 'support', 0.8, 'm', 'EUR', '2024-03-01', 'name:šefčovič|EUR'),
                       (2, 2, 'grey-sound-quotas', 'support', 0.6, 'm', 'EUR', '2024-03-05', 'name:a spokesman|EUR');
                INSERT INTO reviews (statement_id, position_id, field, old_value, new_value, reviewer, reviewed_at)
                VALUES (2, NULL, 'speaker', 'a spokesman', 'Šefčovič', 'ana', '2024-03-07T10:00:00.0000000Z'),
                       (2, 2, 'stance', 'support', 'open', 'ana', '2024-03-07T10:00:00.0000000Z'),
                       (2, 2, 'stance', 'open', 'oppose', 'ana', '2024-03-07T11:00:00.0000000Z');
                """);
        }

        var database = _temp.Open();

        using var check = database.OpenConnection();
        var days = check.Query<(string ActorKey, string Day, string Stance, long Reviewed)>(
            "SELECT actor_key, day, stance, reviewed FROM position_days ORDER BY day").ToList();
        Assert.Equal([("name:šefčovič|EUR", "2024-03-01", "support", 0L), ("name:šefčovič|EUR", "2024-03-05", "oppose", 1L)], days);
        Assert.Equal("Šefčovič", check.ExecuteScalar<string>("SELECT speaker_name FROM speaker_corrections WHERE statement_id = 2"));
    }

    [Fact]
    public void Database_from_a_newer_build_is_refused()
    {
        using (var connection = _temp.OpenRaw())
        {
            SchemaMigrator.WriteVersion(connection, null, SqliteDatabase.LatestSchemaVersion + 1);
        }

        var error = Assert.Throws<DatabaseUnusableException>(_temp.Open);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unversioned_database_with_foreign_tables_is_left_alone()
    {
        using (var connection = _temp.OpenRaw())
        {
            connection.Execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }

        Assert.Throws<DatabaseUnusableException>(_temp.Open);
        using var check = _temp.OpenRaw();
        Assert.Equal(0, check.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'articles'"));
    }

    private void CreateVersion1WithOneStatement()
    {
        using var connection = _temp.OpenRaw();
        connection.Execute(SchemaScripts.Migrations.Single(m => m.Version == 1).Sql);
        SchemaMigrator.WriteVersion(connection, null, 1);
        connection.Execute("""
            INSERT INTO topics (id, label, proposition, description, cues, sort_order)
            VALUES ('grey-sound-quotas', 'Grey Sound quotas', 'Quotas should be raised.', '', '[]', 1);
            INSERT INTO sources (name) VALUES ('Old Gazette');
            INSERT INTO articles (id, content_hash, title, published, published_date, source_id, body, origin, ingested_at)
            VALUES (1, 'hash-v1', 'Old Gazette headline', '2023-11-20T08:00:00.0000000+00:00', '2023-11-20', 1,
                    'The herring quota must stay where it is.', 'v1.txt', '2023-11-21T00:00:00.0000000Z');
            INSERT INTO statements (id, article_id, speaker_name, speaker_country, text, kind, start_offset, end_offset, published_date)
            VALUES (1, 1, 'Ana Brel', 'CAL', 'The herring quota must stay where it is.', 'direct', 0, 40, '2023-11-20');
            INSERT INTO positions (statement_id, topic_id, stance, confidence, model_version, country, published_date)
            VALUES (1, 'grey-sound-quotas', 'oppose', 0.9, 'm0', 'CAL', '2023-11-20');
            """);
    }
}
