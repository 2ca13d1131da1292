using Dapper;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// The store keeps the results of C# rules (reviews applied, actor keys, each day's position, ranks). On random
/// articles and random reviews, what it stores and what the matrix reads must equal what <see cref="ReviewRules"/> and
/// <see cref="PositionCalculator"/> compute from the same facts in memory.
/// </summary>
public abstract class StoredRulesPropertyContract : EngineContract
{
    // Catalogued and uncatalogued speakers; the uncatalogued names differ only in case, in letters SQLite's lower() leaves alone.
    private static readonly Speaker[] Speakers =
    [
        new("Mirela Vost", TestData.Mirela.Id, "ARD", "President", Offices.HeadOfState),
        new("Tomas Kell", TestData.Tomas.Id, "BOR", "Foreign Minister", Offices.ForeignMinister),
        new("Šefčovič", null, "CAL", "commissioner", Offices.Official),
        new("ŠEFČOVIČ", null, "CAL", null, null),
        new("Élodie Marchand", null, "ARD", "spokeswoman", Offices.Spokesperson),
        new("Ana Brel", null, "CAL", "Prime Minister", Offices.HeadOfGovernment),
    ];

    private static readonly string[] SpeakerCorrections = [TestData.Mirela.Id, TestData.Tomas.Id, "šefčovič", "Élodie Marchand", "Ana Brel"];

    private static readonly Dictionary<string, CatalogueEntry> Catalogue = new[] { TestData.Mirela, TestData.Tomas }
        .ToDictionary(a => a.Id, a => new CatalogueEntry(a.Id, a.Name, a.Country));

    private static readonly DateTimeOffset[] ReviewTimes =
        [new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero), new(2024, 6, 1, 10, 0, 0, TimeSpan.Zero), new(2024, 6, 2, 9, 0, 0, TimeSpan.Zero)];

    private sealed record Generated(long StatementId, long PositionId, Speaker Speaker, DateOnly Date, string TopicId, Stance Stance, double Confidence, string Text);

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Stored_positions_and_the_matrix_equal_the_CSharp_rules(int seed)
    {
        var random = new Random(seed);
        Engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);

        var positions = SaveRandomArticles(random);
        var reviews = AddRandomReviews(random, positions);

        var expected = Evidence(positions, reviews);
        AssertStoredEffectivePositions(expected);
        AssertLeaderCounts(expected);
        for (var asOf = new DateOnly(2024, 3, 1); asOf <= new DateOnly(2024, 5, 15); asOf = asOf.AddDays(4))
        {
            AssertMatrix(expected, asOf);
        }
    }

    private List<Generated> SaveRandomArticles(Random random)
    {
        var store = Engine.Articles;
        var saved = new List<(Speaker Speaker, DateOnly Date, string Text, PositionClaim Claim)>();
        for (var article = 0; article < 25; article++)
        {
            var date = new DateOnly(2024, 3, 1).AddDays(random.Next(45));
            var builder = TestData.Article(date);
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                var speaker = Speakers[random.Next(Speakers.Length)];
                var text = $"Statement {article}-{s} on the canal, the quotas and the border.";
                // Confidence on a coarse grid, so that same-day ties happen and the tie-break is exercised.
                var claims = TestData.Topics.Where(_ => random.Next(3) > 0)
                    .Select(t => ArticleBuilder.On(t.Id, (Stance)random.Next(4), random.Next(5, 10) / 10.0))
                    .ToArray();
                builder.Says(speaker, text, claims);
                saved.AddRange(claims.Select(c => (speaker, date, text, c)));
            }
            store.Save(builder.Build());
        }

        using var connection = Engine.OpenConnection();
        var ids = connection.Query<(long PositionId, long StatementId, string Text, string TopicId)>(
            "SELECT p.id, s.id, s.text, p.topic_id FROM positions p JOIN statements s ON s.id = p.statement_id").ToList();
        return saved.Select(x =>
        {
            var row = ids.Single(i => i.Text == x.Text && i.TopicId == x.Claim.TopicId);
            return new Generated(row.StatementId, row.PositionId, x.Speaker, x.Date, x.Claim.TopicId, x.Claim.Stance, x.Claim.Confidence, x.Text);
        }).ToList();
    }

    private List<(long StatementId, ReviewEntry Entry)> AddRandomReviews(Random random, List<Generated> positions)
    {
        var store = Engine.Reviews;
        var added = new List<(long, ReviewEntry)>();
        for (var i = 0; i < 30; i++)
        {
            var target = positions[random.Next(positions.Count)];
            var field = (ReviewField)random.Next(4);
            var (positionId, value) = field switch
            {
                ReviewField.Speaker => ((long?)null, SpeakerCorrections[random.Next(SpeakerCorrections.Length)]),
                ReviewField.Topic => (target.PositionId, TestData.Topics[random.Next(TestData.Topics.Count)].Id),
                ReviewField.Stance => (target.PositionId, ((Stance)random.Next(4)).ToId()),
                _ => (target.PositionId, (string?)null),
            };
            var at = ReviewTimes[random.Next(ReviewTimes.Length)];
            var id = store.Add(new Review(target.StatementId, positionId, field, null, value, "property-test", null, at));
            added.Add((target.StatementId, new ReviewEntry(id, positionId, field, value, at)));
        }
        return added;
    }

    private static List<PositionEvidence> Evidence(List<Generated> positions, List<(long StatementId, ReviewEntry Entry)> reviews) =>
        positions.GroupBy(p => p.StatementId).SelectMany(statement =>
        {
            var first = statement.First();
            var applied = ReviewRules.Apply(
                statement.Select(p => new ModelPosition(p.PositionId, p.TopicId, p.Stance, new Attribution(p.Speaker.Name, p.Speaker.ActorId, p.Speaker.Country))),
                reviews.Where(r => r.StatementId == statement.Key).Select(r => r.Entry).ToList(),
                first.Speaker.Country,
                Catalogue.GetValueOrDefault);
            return applied.Positions.Select(a =>
            {
                var model = statement.Single(p => p.PositionId == a.PositionId);
                return new PositionEvidence(model.StatementId, a.Speaker.ActorKey, a.Speaker.ActorId, a.Speaker.SpeakerName, a.Speaker.Country,
                    model.Speaker.Office, model.Speaker.Role, model.Date, a.TopicId, a.Stance, model.Confidence, a.Reviewed, model.Stance, model.Text)
                { PositionId = a.PositionId };
            });
        }).ToList();

    private void AssertStoredEffectivePositions(List<PositionEvidence> expected)
    {
        using var connection = Engine.OpenConnection();
        var stored = connection.Query<(long PositionId, string TopicId, string Stance, string ActorKey, string? ActorId, string? Country, bool Reviewed, int Seniority)>(
                "SELECT position_id, topic_id, stance, actor_key, actor_id, country, reviewed, seniority FROM effective_positions ORDER BY position_id")
            .ToList();
        Assert.Equal(
            expected.OrderBy(e => e.PositionId).Select(e => (e.PositionId, e.TopicId, e.Stance.ToId(), e.ActorKey, e.ActorId, e.Country, e.Reviewed, e.Seniority)),
            stored);
    }

    private void AssertLeaderCounts(List<PositionEvidence> expected)
    {
        var counted = expected.GroupBy(e => e.ActorKey).Select(g => (g.Key, g.Count())).Order().ToList();
        var listed = Engine.Get<ILeaderQuery>().Search(spokenOnly: true).Select(l => (l.Key, l.Positions)).Order().ToList();
        Assert.Equal(counted, listed);
    }

    private void AssertMatrix(List<PositionEvidence> expected, DateOnly asOf)
    {
        var computed = PositionCalculator.CountriesAsOf(PositionCalculator.ActorsAsOf(expected, asOf))
            .Select(c => (c.Country, c.TopicId, c.Winner.Evidence.Stance, c.Winner.Evidence.StatementId, c.Others.Count + 1, c.Disagreement))
            .Order()
            .ToList();
        var read = Engine.Matrix.Get(asOf).Cells
            .Select(c => (c.Country, c.TopicId, c.Stance, c.StatementId, c.SpeakerCount, c.Disagreement))
            .Order()
            .ToList();
        Assert.Equal(computed, read);
    }
}

public sealed class SqliteStoredRulesPropertyTests : StoredRulesPropertyContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresStoredRulesPropertyTests : StoredRulesPropertyContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
