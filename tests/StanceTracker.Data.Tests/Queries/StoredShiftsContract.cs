using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Postgres;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Queries;

/// <summary>
/// The stored shifts, kept at write time, against the shift rule run over the whole per-day table: equal after random
/// histories are ingested, reviewed (stance, topic, speaker) and the catalogue's office terms change.
/// </summary>
public abstract class StoredShiftsContract : EngineContract
{
    private static readonly Speaker[] Speakers =
    [
        new("Mirela Vost", "mirela-vost", "ARD", "President", Offices.HeadOfState),
        new("Ilan Dorr", "ilan-dorr", "ARD", "Foreign Minister", Offices.ForeignMinister),
        new("Tomas Kell", "tomas-kell", "BOR", "Foreign Minister", Offices.ForeignMinister),
        new("Sava Ruun", "sava-ruun", "BOR", "Prime Minister", Offices.HeadOfGovernment),
        new("a spokesperson", null, "CAL", null, null),
    ];

    private static readonly string[] Topics = [TestData.Canal, TestData.Fishing];

    private static readonly Stance[] Stances = [Stance.Support, Stance.Open, Stance.Neutral, Stance.Oppose];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Stored_shifts_equal_the_rule_run_over_every_history(int seed)
    {
        var random = new Random(seed);
        Engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
        var start = new DateOnly(2024, 1, 1);
        var positions = new List<long>();
        for (var i = 0; i < 70; i++)
        {
            // Few days, so several statements fall on one day and low-confidence ones pair up.
            var day = start.AddDays(random.Next(0, 240) / 4 * 4);
            var speaker = Speakers[random.Next(Speakers.Length)];
            var confidence = random.NextDouble() < 0.4 ? 0.45 : 0.85;
            var saved = Engine.Articles.Save(TestData.Article(day)
                .Says(speaker, $"Statement {i} on the questions of the day.", On(Topics[random.Next(Topics.Length)], Stances[random.Next(Stances.Length)], confidence))
                .Build());
            positions.Add(Scalar<long>("SELECT p.id FROM positions p JOIN statements s ON s.id = p.statement_id WHERE s.article_id = @ArticleId", new { saved.ArticleId }));
        }
        AssertStoredEqualComputed("after ingest");

        foreach (var position in positions.OrderBy(_ => random.Next()).Take(12))
        {
            var statement = Scalar<long>("SELECT statement_id FROM positions WHERE id = @Id", new { Id = position });
            var review = random.Next(3) switch
            {
                0 => new Review(statement, position, ReviewField.Stance, null, Stances[random.Next(Stances.Length)].ToId(), "analyst", null, DateTimeOffset.UtcNow),
                1 => new Review(statement, position, ReviewField.Topic, null, Topics[random.Next(Topics.Length)], "analyst", null, DateTimeOffset.UtcNow),
                _ => new Review(statement, null, ReviewField.Speaker, null, TestData.Tomas.Id, "analyst", null, DateTimeOffset.UtcNow),
            };
            Engine.Reviews.Add(review);
        }
        AssertStoredEqualComputed("after reviews");

        // The president leaves office mid-history: Ardenia's position passes to her minister on that day.
        Engine.Actors.Upsert([TestData.Mirela with
        {
            Terms = [new OfficeTerm(Offices.HeadOfState, "President", "ARD", new DateOnly(2021, 3, 1), new DateOnly(2024, 4, 15))],
        }]);
        AssertStoredEqualComputed("after the catalogue changed a term");
    }

    [Fact]
    public void A_store_with_shifts_from_other_rules_falls_back_to_computing_them()
    {
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 1, 10)).Says(Speakers[0], "No.", On(TestData.Canal, Stance.Oppose)).Build());
        Engine.Articles.Save(TestData.Article(new DateOnly(2024, 2, 10)).Says(Speakers[0], "Yes.", On(TestData.Canal, Stance.Support)).Build());
        using (var connection = Engine.OpenConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE shift_rules SET rules = 'older rules'; DELETE FROM shifts;";
            command.ExecuteNonQuery();
        }

        Assert.Equal(2, Engine.Shifts.Find().Count);
    }

    private void AssertStoredEqualComputed(string when)
    {
        Assert.True(Count("shifts") > 0, $"{when}: the random history made no shifts, so the comparison proves nothing");
        foreach (var since in new DateOnly?[] { null, new DateOnly(2024, 3, 1), new DateOnly(2024, 7, 1) })
        {
            foreach (var topic in new[] { null, TestData.Canal })
            {
                foreach (var countries in new[] { true, false })
                {
                    var stored = Engine.Shifts.Find(since, topic, countries).Select(Describe).ToList();
                    var computed = Compute(since, topic, countries).Select(Describe).ToList();
                    Assert.True(computed.SequenceEqual(stored),
                        $"{when}, since {since}, topic {topic}, countries {countries}:\ncomputed\n  {string.Join("\n  ", computed)}\nstored\n  {string.Join("\n  ", stored)}");
                }
            }
        }
    }

    private IReadOnlyList<Shift> Compute(DateOnly? since, string? topic, bool countries) => Engine.Shifts switch
    {
        SqliteShiftQuery sqlite => sqlite.Compute(since, topic, countries, PositionRules.Default),
        PostgresShiftQuery postgres => postgres.Compute(since, topic, countries, PositionRules.Default),
        var other => throw new NotSupportedException(other.GetType().Name),
    };

    private static string Describe(Shift s) =>
        $"{s.Date:yyyy-MM-dd} {s.Subject} {s.TopicId} {s.Kind} {s.From}->{s.To} " +
        $"before #{s.Before.PositionId} {s.Before.SpeakerName} until {s.Before.OfficeUntil} \"{s.Before.Text}\" " +
        $"after #{s.After.PositionId} {s.After.SpeakerName} until {s.After.OfficeUntil} \"{s.After.Text}\" {s.After.ArticleTitle}";
}

public sealed class SqliteStoredShiftsTests : StoredShiftsContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresStoredShiftsTests : StoredShiftsContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
