using Dapper;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Storage;

public abstract class PositionReplacementContract : EngineContract
{
    private IReclassificationStore Replacement => Engine.Get<IReclassificationStore>();

    [Fact]
    public void A_new_model_replaces_the_positions_of_the_old_but_not_what_a_person_reviewed()
    {
        var builder = TestData.Article(new DateOnly(2024, 5, 2))
            .Says("Tomas Kell", "BOR", "Borovia will not sign the canal treaty this year.", On(TestData.Canal, Stance.Support, 0.6))
            .Says("Ines Dorr", "ARD", "The quotas can wait; the border commission cannot.", On(TestData.Fishing, Stance.Neutral, 0.5), On(TestData.Border, Stance.Support, 0.7));
        var saved = Engine.Articles.Save(builder.Build() with { ClassifiedBy = "fast-1" });
        var reviewed = PositionOf("Ines Dorr", TestData.Border);
        Engine.Reviews.CorrectStance(reviewed, Stance.Open, "analyst", "hedged", DateTimeOffset.UtcNow);

        var again = Reanalysed(builder.Build(), ("Tomas Kell", [Claim(TestData.Canal, Stance.Oppose, 0.93)]),
            ("Ines Dorr", [Claim(TestData.Border, Stance.Support, 0.9), Claim(TestData.Fishing, Stance.Open, 0.8)]));
        var written = Replacement.Replace(saved.ArticleId, again, "xenc-2");

        Assert.Equal(2, written); // the reviewed border position stays; the new model's border claim is not added
        using var connection = Engine.OpenConnection();
        var positions = connection.Query<(string Speaker, string Topic, string Stance, string Model)>("""
            SELECT s.speaker_name, p.topic_id, p.stance, p.model_version FROM positions p JOIN statements s ON s.id = p.statement_id ORDER BY s.id, p.topic_id
            """).ToList();
        Assert.Equal(
            [
                ("Tomas Kell", TestData.Canal, "oppose", "xenc-2"),
                ("Ines Dorr", TestData.Border, "support", "test-model-1"),
                ("Ines Dorr", TestData.Fishing, "open", "xenc-2"),
            ],
            positions);
        var days = connection.Query<(string Topic, string Stance)>("SELECT topic_id, stance FROM position_days ORDER BY topic_id").ToList();
        Assert.Equal([(TestData.Border, "open"), (TestData.Fishing, "open"), (TestData.Canal, "oppose")], days);
        Assert.Equal("xenc-2", connection.ExecuteScalar<string>("SELECT classified_by FROM articles"));
        Assert.Empty(Replacement.ArticlesClassifiedOtherwise("xenc-2"));
    }

    [Fact]
    public void Articles_of_another_model_or_of_an_unrecorded_one_are_stale_but_unclassified_ones_are_not()
    {
        var other = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 5, 3)).Says("Tomas Kell", "BOR", "No treaty.", On(TestData.Canal, Stance.Oppose)).Build() with { ClassifiedBy = "fast-1" });
        var current = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 5, 4)).Says("Tomas Kell", "BOR", "A treaty, then.", On(TestData.Canal, Stance.Support)).Build() with { ClassifiedBy = "xenc-2" });
        var unrecorded = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 5, 5)).Says("Tomas Kell", "BOR", "Maybe a treaty.", On(TestData.Canal, Stance.Open)).Build());
        var unclassified = Engine.Articles.Save(TestData.Article(new DateOnly(2024, 5, 6)).Says("Tomas Kell", "BOR", "Weather is fine.").Build());

        var stale = Replacement.ArticlesClassifiedOtherwise("xenc-2");

        Assert.Equal([other.ArticleId, unrecorded.ArticleId], stale);
        Assert.DoesNotContain(current.ArticleId, stale);
        Assert.DoesNotContain(unclassified.ArticleId, stale);
    }

    [Fact]
    public void A_stored_article_loads_back_as_the_reader_gave_it()
    {
        var analysed = TestData.Article(new DateOnly(2024, 5, 7)).Titled("Canal vote").Says("Tomas Kell", "BOR", "We vote on Monday.").Build();
        var saved = Engine.Articles.Save(analysed);

        var loaded = Replacement.Load(saved.ArticleId);

        Assert.Equal(analysed.Article with { }, loaded);
        Assert.Equal(analysed.Article.ContentHash, loaded.ContentHash);
    }

    private static PositionClaim Claim(string topic, Stance stance, double confidence) => new(topic, stance, confidence, "xenc-2");

    private static AnalysedArticle Reanalysed(AnalysedArticle original, params (string Speaker, PositionClaim[] Claims)[] claims) =>
        original with
        {
            Statements = original.Statements.Select(s => s with { Positions = claims.First(c => c.Speaker == s.Speaker.Name).Claims }).ToList(),
            ClassifiedBy = "xenc-2",
        };

    private long PositionOf(string speaker, string topic)
    {
        using var connection = Engine.OpenConnection();
        return connection.ExecuteScalar<long>(
            "SELECT p.id FROM positions p JOIN statements s ON s.id = p.statement_id WHERE s.speaker_name = @Speaker AND p.topic_id = @Topic",
            new { Speaker = speaker, Topic = topic });
    }
}

public sealed class SqlitePositionReplacementTests : PositionReplacementContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresPositionReplacementTests : PositionReplacementContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
