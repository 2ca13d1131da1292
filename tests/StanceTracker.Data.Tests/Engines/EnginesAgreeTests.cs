using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Engines;

/// <summary>The same articles give the same matrix, cells, timelines and shifts on every engine: random speakers, dates, ties and windows.</summary>
public sealed class EnginesAgreeTests
{
    private static readonly Speaker[] Speakers =
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
    public void Sqlite_and_postgres_give_the_same_matrix_cells_timelines_and_shifts(int seed)
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
