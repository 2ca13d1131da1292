using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Queries;

public abstract class MatrixQueryContract : EngineContract
{
    private static readonly DateOnly AsOf = new(2024, 4, 1);

    [Fact]
    public void Cell_is_the_latest_position_on_or_before_the_date()
    {
        Say(new DateOnly(2024, 1, 10), "Mirela Vost", "ARD", "The canal would ruin the valley.", TestData.Canal, Stance.Oppose);
        var latest = Say(new DateOnly(2024, 3, 1), "Mirela Vost", "ARD", "We are ready to sign the canal treaty.", TestData.Canal, Stance.Support);
        Say(new DateOnly(2024, 4, 2), "Mirela Vost", "ARD", "Let us wait and see about the canal.", TestData.Canal, Stance.Neutral);

        var view = Engine.Matrix.Get(AsOf);

        var cell = Assert.Single(view.Cells);
        Assert.Equal(new MatrixCell("ARD", TestData.Canal, Stance.Support, 0.8, new DateOnly(2024, 3, 1), "Mirela Vost", null, latest.StatementId, 1), cell);
        Assert.Same(cell, view.Cell("ARD", TestData.Canal));
        Assert.Null(view.Cell("ARD", TestData.Fishing));
        Assert.Equal(["ARD"], view.Countries);
        Assert.Equal([TestData.Canal, TestData.Fishing, TestData.Border], view.Topics.Select(t => t.Id));
        Assert.Equal(AsOf, view.AsOf);
        Assert.Equal(Stance.Neutral, Engine.Matrix.Get(new DateOnly(2024, 4, 2)).Cell("ARD", TestData.Canal)?.Stance);
    }

    [Fact]
    public void Positions_outside_the_window_are_ignored()
    {
        Say(new DateOnly(2021, 6, 1), "Tomas Kell", "BOR", "Borovia will never accept a commission.", TestData.Border, Stance.Oppose);
        Say(new DateOnly(2024, 1, 15), "Ana Brel", "CAL", "Calvera supports the canal.", TestData.Canal, Stance.Support);
        Say(new DateOnly(2024, 3, 20), "Ana Brel", "CAL", "Calvera is open to a canal deal.", TestData.Canal, Stance.Open);

        var defaultWindow = Engine.Matrix.Get(AsOf);
        var shortWindow = Engine.Matrix.Get(AsOf, windowDays: 30);
        var startOfWindow = Engine.Matrix.Get(new DateOnly(2024, 2, 14), windowDays: 30);

        Assert.Equal(["CAL"], defaultWindow.Countries);
        Assert.Null(defaultWindow.Cell("BOR", TestData.Border));
        Assert.Equal(Stance.Open, defaultWindow.Cell("CAL", TestData.Canal)?.Stance);
        Assert.Equal(1, defaultWindow.Cell("CAL", TestData.Canal)?.SpeakerCount);
        Assert.Equal(Stance.Support, startOfWindow.Cell("CAL", TestData.Canal)?.Stance); // 30 days back is still inside
        Assert.Equal(Stance.Oppose, Engine.Matrix.Get(AsOf, windowDays: 3650).Cell("BOR", TestData.Border)?.Stance);
    }

    [Fact]
    public void Same_date_tie_goes_to_the_higher_confidence()
    {
        var date = new DateOnly(2024, 3, 5);
        Say(date, "Tomas Kell", "BOR", "Higher quotas are welcome.", TestData.Fishing, Stance.Support, 0.9);
        Say(date, "a Borovian fisheries official", "BOR", "Higher quotas are dangerous.", TestData.Fishing, Stance.Oppose, 0.6);

        var cell = Engine.Matrix.Get(AsOf).Cell("BOR", TestData.Fishing);

        Assert.NotNull(cell);
        Assert.Equal(Stance.Support, cell.Stance);
        Assert.Equal(0.9, cell.Confidence);
        Assert.Equal("Tomas Kell", cell.SpeakerName);
        Assert.Equal(2, cell.SpeakerCount);
    }

    [Fact]
    public void Latest_stance_review_overrides_the_model()
    {
        Say(new DateOnly(2024, 2, 1), "Ana Brel", "CAL", "Calvera wants a border commission.", TestData.Border, Stance.Support);
        var latest = Say(new DateOnly(2024, 3, 1), "Ana Brel", "CAL", "A commission is one idea among many.", TestData.Border, Stance.Support);
        var reviews = Engine.Reviews;
        var positionId = PositionOf(latest.StatementId);
        var at = new DateTimeOffset(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

        reviews.CorrectStance(positionId, Stance.Oppose, "reviewer-a", "misread", at);
        Assert.Equal(Stance.Oppose, Engine.Matrix.Get(AsOf).Cell("CAL", TestData.Border)?.Stance);

        // Written later in another time zone: ordering must be by instant, not by text.
        reviews.CorrectStance(positionId, Stance.Open, "reviewer-b", "second look", at.AddHours(1).ToOffset(TimeSpan.FromHours(-8)));
        var cell = Engine.Matrix.Get(AsOf).Cell("CAL", TestData.Border);

        Assert.NotNull(cell);
        Assert.Equal(Stance.Open, cell.Stance);
        Assert.Equal(latest.StatementId, cell.StatementId);
        Assert.Equal("oppose", Scalar<string>("SELECT old_value FROM reviews WHERE reviewer = 'reviewer-b'"));
    }

    [Fact]
    public void Positions_without_a_country_are_left_out()
    {
        Say(new DateOnly(2024, 3, 1), "an unnamed diplomat", null, "The canal is a fine idea.", TestData.Canal, Stance.Support);

        var view = Engine.Matrix.Get(AsOf);

        Assert.Empty(view.Cells);
        Assert.Empty(view.Countries);
        Assert.Equal(3, view.Topics.Count);
    }

    private (long ArticleId, long StatementId) Say(
        DateOnly date, string speaker, string? country, string text, string topicId, Stance stance, double confidence = 0.8)
    {
        var outcome = Engine.Articles.Save(TestData.Article(date).Says(new Speaker(speaker, null, country, null), text, On(topicId, stance, confidence)).Build());
        return (outcome.ArticleId, Scalar<long>("SELECT id FROM statements WHERE article_id = @ArticleId", new { outcome.ArticleId }));
    }

    private long PositionOf(long statementId)
    {
        return Scalar<long>("SELECT id FROM positions WHERE statement_id = @StatementId", new { StatementId = statementId });
    }
}

public sealed class SqliteMatrixQueryTests : MatrixQueryContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresMatrixQueryTests : MatrixQueryContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
