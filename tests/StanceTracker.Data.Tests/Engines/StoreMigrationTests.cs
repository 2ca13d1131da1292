using Npgsql;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Copying;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>
/// An analyst's SQLite store copied into an empty PostgreSQL store reads back row for row the same, and every query
/// answers the same on both; a store that already holds data, or has a column the source lacks, is refused untouched.
/// </summary>
public sealed class StoreMigrationTests(ITestOutputHelper output)
{
    [Fact]
    public void A_migrated_store_has_the_same_rows_and_answers_every_query_the_same()
    {
        using var sqlite = StoreEngineUnderTest.Sqlite();
        using var postgres = StoreEngineUnderTest.Postgres(out var connectionString);
        Seed(sqlite, seed: 7, articles: 40);

        var report = StoreMigration.Run(sqlite.Store.Location, connectionString);

        Assert.True(report.Same, string.Join("; ", report.Tables.Where(t => !t.Same).Select(t => $"{t.Table}: {t.SourceRows} vs {t.TargetRows}")));
        Assert.Equal(StoreCopier.Tables, report.Tables.Select(t => t.Table));
        Assert.All(report.Tables.Where(t => t.Table is not "sources"), t => Assert.True(t.SourceRows > 0, $"{t.Table} was not seeded"));
        Assert.Equal(sqlite.Stats.Get().Statements, report.Tables.Single(t => t.Table == "statements").TargetRows);

        foreach (var asOf in Enumerable.Range(0, 9).Select(i => new DateOnly(2024, 3, 1).AddDays(i * 7)))
        {
            foreach (var window in new int?[] { null, 7 })
            {
                var expected = sqlite.Matrix.Get(asOf, window);
                var actual = postgres.Matrix.Get(asOf, window);
                Assert.Equal(expected.Countries, actual.Countries);
                Assert.Equal(expected.Cells, actual.Cells);
                foreach (var cell in expected.Cells)
                {
                    Assert.Equivalent(sqlite.Cells.Get(cell.Country, cell.TopicId, asOf, window), postgres.Cells.Get(cell.Country, cell.TopicId, asOf, window), strict: true);
                }
            }
        }
        Assert.Equivalent(sqlite.Shifts.Find(), postgres.Shifts.Find(), strict: true);
        foreach (var filter in new StatementFilter[]
                 {
                     new(), new() { Text = "canal border" }, new() { Country = "CAL", Sort = StatementSort.DateAscending },
                     new() { Actor = TestData.Mirela.Id }, new() { NeedsReview = false, Page = 2, PageSize = 5 },
                 })
        {
            Assert.Equivalent(sqlite.Statements.Get(filter), postgres.Statements.Get(filter), strict: true);
        }
        Assert.Equivalent(sqlite.Get<ICatalogueQuery>().FindActors("VOST"), postgres.Get<ICatalogueQuery>().FindActors("VOST"), strict: true);
        Assert.Equivalent(sqlite.Get<IExportQuery>().Positions().ToList(), postgres.Get<IExportQuery>().Positions().ToList(), strict: true);
        Assert.Equivalent(sqlite.Stats.Get() with { FileBytes = 0, SchemaVersion = 0 }, postgres.Stats.Get() with { FileBytes = 0, SchemaVersion = 0 }, strict: true);

        // Ids continue after the copied ones: a new article and review store beside the migrated ones.
        var added = postgres.Articles.Save(TestData.Article(new DateOnly(2024, 5, 1)).Says("Tomas Kell", "BOR", "The border talks go on.", ArticleBuilder.On(TestData.Border, Stance.Open)).Build());
        Assert.Equal(SaveStatus.Stored, added.Status);
        postgres.Reviews.Add(new Review(1, null, ReviewField.Speaker, null, "Ana Brel", "analyst", null, DateTimeOffset.UnixEpoch));
        Assert.Equal(sqlite.Stats.Get().Statements + 1, postgres.Stats.Get().Statements);
    }

    [Fact]
    public void A_second_migration_into_the_same_store_is_refused_and_changes_nothing()
    {
        using var sqlite = StoreEngineUnderTest.Sqlite();
        using var postgres = StoreEngineUnderTest.Postgres(out var connectionString);
        Seed(sqlite, seed: 3, articles: 10);
        var first = StoreMigration.Run(sqlite.Store.Location, connectionString);
        Assert.True(first.Same);
        var before = postgres.Stats.Get();

        // A password in the connection string must never reach a message.
        var withPassword = new NpgsqlConnectionStringBuilder(connectionString) { Password = "hunter2-secret" }.ConnectionString;
        var refused = Assert.Throws<StoreMigrationException>(() => StoreMigration.Run(sqlite.Store.Location, withPassword));

        Assert.Contains("already holds", refused.Message, StringComparison.Ordinal);
        Assert.Contains(postgres.Store.Location, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
        Assert.Equivalent(before, postgres.Stats.Get(), strict: true);
    }

    [Fact]
    public void A_target_column_the_source_does_not_have_is_refused_before_anything_is_written()
    {
        using var sqlite = StoreEngineUnderTest.Sqlite();
        using var postgres = StoreEngineUnderTest.Postgres(out var connectionString);
        Seed(sqlite, seed: 5, articles: 3);
        Assert.Equal(0, postgres.Stats.Get().Articles);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var alter = new NpgsqlCommand("ALTER TABLE articles ADD COLUMN summary text NULL", connection);
            alter.ExecuteNonQuery();
        }

        var refused = Assert.Throws<StoreMigrationException>(() => StoreMigration.Run(sqlite.Store.Location, connectionString));

        Assert.Contains("articles.summary is in the target but not in the source", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, postgres.Stats.Get().Articles);
    }

    [Fact]
    public void A_few_thousand_statements_copy_at_a_measured_rate()
    {
        using var sqlite = StoreEngineUnderTest.Sqlite();
        using var postgres = StoreEngineUnderTest.Postgres(out var connectionString);
        Seed(sqlite, seed: 11, articles: 1500);

        var report = StoreMigration.Run(sqlite.Store.Location, connectionString);

        Assert.True(report.Same);
        var statements = report.Tables.Single(t => t.Table == "statements").SourceRows;
        output.WriteLine($"{statements:N0} statements, {report.Rows:N0} rows in {report.CopyTime.TotalSeconds:0.00} s: {report.RowsPerSecond:N0} rows/s");
        Assert.True(statements >= 2000, $"only {statements} statements seeded");
    }

    /// <summary>
    /// As <see cref="EnginesAgreeTests"/> seeds both engines: random speakers (non-ASCII case variants among them),
    /// dates and stances, then stance and speaker corrections; here into SQLite alone, with a catalogue and a queue.
    /// </summary>
    private static void Seed(StoreEngineUnderTest engine, int seed, int articles)
    {
        engine.Topics.Upsert(TestData.Topics);
        engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
        var random = new Random(seed);
        for (var article = 0; article < articles; article++)
        {
            var builder = TestData.Article(new DateOnly(2024, 3, 1).AddDays(random.Next(60))).From(random.Next(3) == 0 ? "Borovia Daily" : "Harbour Gazette");
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                var claims = TestData.Topics.Where(_ => random.Next(3) > 0)
                    .Select(t => ArticleBuilder.On(t.Id, (Stance)random.Next(4), random.Next(5, 10) / 10.0))
                    .ToArray();
                builder.Says(EnginesAgreeTests.Speakers[random.Next(EnginesAgreeTests.Speakers.Length)], $"Statement {article}-{s} on the canal, the quotas and the border.", claims);
            }
            engine.Articles.Save(builder.Build());
        }
        // A wire copy: the second outlet's article is stored as a further report of the first one's statement.
        const string Quote = "The canal treaty will be signed this spring whatever the valley farmers say about the new locks";
        foreach (var (outlet, text) in new[] { ("Harbour Gazette", $"{Quote}, she said."), ("Borovia Daily", $"\u201C{Quote}\u201D") })
        {
            engine.Articles.Save(TestData.Article(new DateOnly(2024, 4, 2)).From(outlet).Says("Ana Brel", "CAL", text, ArticleBuilder.On(TestData.Canal, Stance.Support)).Build());
        }

        var statements = (int)engine.Stats.Get().Statements;
        var positions = (int)engine.Stats.Get().Positions;
        var reviewedAt = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
        string[] corrections = [TestData.Mirela.Id, TestData.Tomas.Id, "Ana Brel", "šefčovič"];
        for (var i = 0; i < Math.Max(12, articles / 10); i++)
        {
            engine.Reviews.CorrectStance(random.Next(1, positions + 1), (Stance)random.Next(4), "analyst", "seed " + seed, reviewedAt.AddMinutes(i));
            engine.Reviews.Add(new Review(random.Next(1, statements + 1), null, ReviewField.Speaker, null, corrections[random.Next(corrections.Length)], "analyst", null, reviewedAt.AddMinutes(i).AddSeconds(30)));
        }

        var queue = engine.Get<IArticleQueueStore>();
        queue.Enqueue([.. Enumerable.Range(0, 3).Select(_ => TestData.Article(new DateOnly(2024, 7, 1)).Says("Ana Brel", "CAL", "Queued words.").Build().Article)]);
        queue.Claim("worker-1", 1, TimeSpan.FromMinutes(5));

        var users = engine.Get<IUserStore>();
        users.Add("Ana Reviewer", "a long enough password", UserRole.Reviewer, reviewedAt);
        users.Add("Ben Viewer", "another long password", UserRole.Viewer, reviewedAt);
        users.Remove("Ben Viewer", reviewedAt.AddDays(1));

        var alerts = engine.Get<Data.Alerts.IAlertStore>();
        var follow = alerts.Add(new Data.Alerts.FollowRequest("Ana Reviewer", Data.Alerts.FollowKind.Country, "ARD", Data.Alerts.AlertChannel.Email, "ana@example.org"), reviewedAt);
        alerts.Add(new Data.Alerts.FollowRequest("local", Data.Alerts.FollowKind.Topic, TestData.Canal, Data.Alerts.AlertChannel.Webhook, "http://127.0.0.1:9/hook"), reviewedAt);
        alerts.ClaimNew(follow.Id, "ARD|meridian-canal|2024-03-05|oppose>support", reviewedAt);
        alerts.ClaimNew(follow.Id, "ARD|meridian-canal|2024-04-05|support>open", reviewedAt);
        alerts.Record(follow.Id, [new Data.Alerts.DeliveryResult("ARD|meridian-canal|2024-03-05|oppose>support", 1, "the receiver answered 500", reviewedAt.AddMinutes(2))], reviewedAt);
        var sources = engine.Get<INewsSourceStore>();
        var feed = sources.Add("https://news.example.org/world.rss", "Example World", TimeSpan.FromMinutes(30), reviewedAt);
        sources.RecordPoll(feed.Id, new PollRecord(reviewedAt, "HTTP 503 Service Unavailable", "\"e1\"", null, 2, 1, reviewedAt.AddHours(1)));
        sources.MarkSeen(feed.Id, [new SeenItem("https://news.example.org/a", ""), new SeenItem("https://news.example.org/b", "")], reviewedAt);
    }
}
