using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>
/// The same articles and reviews read the same on every engine, through every query: random speakers (non-ASCII case
/// variants among them), dates, same-day ties, windows, stance and speaker corrections.
/// </summary>
public sealed class EnginesAgreeTests
{
    internal static readonly Speaker[] Speakers =
    [
        new("Mirela Vost", TestData.Mirela.Id, "ARD", "President", Offices.HeadOfState),
        new("Tomas Kell", TestData.Tomas.Id, "BOR", "Foreign Minister", Offices.ForeignMinister),
        new("Šefčovič", null, "CAL", "commissioner", Offices.Official),
        new("ŠEFČOVIČ", null, "CAL", null, null),
        new("Élodie Marchand", null, "ARD", "spokeswoman", Offices.Spokesperson),
        new("Ana Brel", null, "CAL", "Prime Minister", Offices.HeadOfGovernment),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sqlite_and_postgres_read_the_same_articles_and_reviews_the_same_way(int seed)
    {
        using var postgres = StoreEngineUnderTest.Postgres();
        using var sqlite = StoreEngineUnderTest.Sqlite();
        StoreEngineUnderTest[] engines = [sqlite, postgres];
        foreach (var engine in engines)
        {
            engine.Topics.Upsert(TestData.Topics);
            engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
        }

        var random = new Random(seed);
        for (var article = 0; article < 30; article++)
        {
            var builder = TestData.Article(new DateOnly(2024, 3, 1).AddDays(random.Next(60)));
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                // Confidence on a coarse grid, so same-day ties happen and the tie-break is compared too.
                var claims = TestData.Topics.Where(_ => random.Next(3) > 0)
                    .Select(t => ArticleBuilder.On(t.Id, (Stance)random.Next(4), random.Next(5, 10) / 10.0))
                    .ToArray();
                builder.Says(Speakers[random.Next(Speakers.Length)], $"Statement {article}-{s} on the canal, the quotas and the border.", claims);
            }
            var built = builder.Build();
            Assert.Equal(sqlite.Articles.Save(built), postgres.Articles.Save(built));
        }

        // The same reviews on both: stance corrections, and speaker corrections to catalogue actors and to plain names.
        var statements = (int)sqlite.Stats.Get().Statements;
        var positionCount = (int)sqlite.Stats.Get().Positions;
        var reviewedAt = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
        string[] corrections = [TestData.Mirela.Id, TestData.Tomas.Id, "Ana Brel", "šefčovič"];
        for (var i = 0; i < 12; i++)
        {
            var positionId = random.Next(1, positionCount + 1);
            var stance = (Stance)random.Next(4);
            var statementId = random.Next(1, statements + 1);
            var speaker = corrections[random.Next(corrections.Length)];
            foreach (var engine in engines)
            {
                engine.Reviews.CorrectStance(positionId, stance, "analyst", "seed " + seed, reviewedAt.AddMinutes(i));
                engine.Reviews.Add(new Review(statementId, null, ReviewField.Speaker, null, speaker, "analyst", null, reviewedAt.AddMinutes(i).AddSeconds(30)));
            }
        }

        foreach (var asOf in Enumerable.Range(0, 10).Select(i => new DateOnly(2024, 3, 1).AddDays(i * 7)))
        {
            foreach (var window in new int?[] { null, 7, 0 })
            {
                var expected = sqlite.Matrix.Get(asOf, window);
                var actual = postgres.Matrix.Get(asOf, window);
                Assert.Equal(expected.Countries, actual.Countries);
                Assert.Equal(expected.Cells, actual.Cells);
                Assert.Equal(expected.Topics.Select(t => t.Id), actual.Topics.Select(t => t.Id));
                foreach (var cell in expected.Cells)
                {
                    Assert.Equivalent(sqlite.Cells.Get(cell.Country, cell.TopicId, asOf, window), postgres.Cells.Get(cell.Country, cell.TopicId, asOf, window), strict: true);
                }
            }
        }
        Assert.Equivalent(sqlite.Shifts.Find(), postgres.Shifts.Find(), strict: true);
        AssertSame<ILeaderQuery>(q => q.Search());
        AssertSame<ILeaderQuery>(q => q.Search("a", spokenOnly: true));
        foreach (var leader in sqlite.Get<ILeaderQuery>().Search())
        {
            AssertSame<ILeaderQuery>(q => q.Get(leader.Key, new DateOnly(2024, 4, 15)));
        }
        AssertSame<ILeaderQuery>(q => q.SpeakersOn(TestData.Canal));
        AssertSame<IReviewQueueQuery>(q => q.Get(100, 0.8));
        AssertSame<IExportQuery>(q => q.Positions().ToList());
        AssertSame<IExportQuery>(q => q.Positions(TestData.Border, "CAL").ToList());
        AssertSame<ITrainingExportQuery>(q => q.Lines());
        AssertSame<ICatalogueQuery>(q => q.FindActors("VOST"));
        AssertSame<ICatalogueQuery>(q => q.Countries());
        AssertSame<IUnknownSpeakersQuery>(q => q.Frequent(1));
        AssertSame<IModelVersionQuery>(q => q.Get());
        AssertSame<IStatementSourceQuery>(q => q.ForStatements([.. Enumerable.Range(1, statements).Select(i => (long)i)]));
        // Each engine numbers its own migrations and measures its own storage.
        AssertSame<IStatsQuery>(q => q.Get() with { FileBytes = 0, SchemaVersion = 0 });

        void AssertSame<TQuery>(Func<TQuery, object?> read) where TQuery : notnull =>
            Assert.Equivalent(read(sqlite.Get<TQuery>()), read(postgres.Get<TQuery>()), strict: true);
        foreach (var filter in new StatementFilter[]
                 {
                     new(), new() { Text = "canal border" }, new() { Country = "CAL", Sort = StatementSort.DateAscending },
                     new() { TopicId = TestData.Fishing, Stance = Stance.Open }, new() { MinConfidence = 0.7, Sort = StatementSort.ConfidenceDescending, Page = 1, PageSize = 7 },
                     new() { Actor = TestData.Mirela.Id, From = new DateOnly(2024, 3, 20) }, new() { NeedsReview = false },
                 })
        {
            Assert.Equivalent(sqlite.Statements.Get(filter), postgres.Statements.Get(filter), strict: true);
        }
        foreach (var topic in TestData.Topics)
        {
            foreach (var country in new[] { "ARD", "BOR", "CAL" })
            {
                Assert.Equivalent(sqlite.Timelines.ForCountry(country, topic.Id), postgres.Timelines.ForCountry(country, topic.Id), strict: true);
            }
            foreach (var speaker in Speakers)
            {
                var keys = sqlite.Timelines.FindActorKeys(speaker.Name);
                Assert.Equal(keys.Order(StringComparer.Ordinal), postgres.Timelines.FindActorKeys(speaker.Name).Order(StringComparer.Ordinal));
                foreach (var key in keys)
                {
                    Assert.Equivalent(sqlite.Timelines.ForActor(key, topic.Id), postgres.Timelines.ForActor(key, topic.Id), strict: true);
                }
            }
        }
    }
}
