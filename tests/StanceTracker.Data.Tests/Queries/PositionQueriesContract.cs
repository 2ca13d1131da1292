using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Queries;

/// <summary>The seniority rule, timelines, shifts and reviews as the database applies them.</summary>
public abstract class PositionQueriesContract : EngineContract
{
    private static Speaker President => new("Mirela Vost", "mirela-vost", "ARD", "President", Offices.HeadOfState);

    private static Speaker Minister => new("Ilan Dorr", "ilan-dorr", "ARD", "Foreign Minister", Offices.ForeignMinister);

    private long Say(string date, Speaker speaker, string text, Stance stance, double confidence = 0.8, string topic = TestData.Canal)
    {
        var outcome = Engine.Articles.Save(TestData.Article(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Says(speaker, text, On(topic, stance, confidence)).Build());
        return Scalar<long>("SELECT p.id FROM positions p JOIN statements s ON s.id = p.statement_id WHERE s.article_id = @ArticleId", new { outcome.ArticleId });
    }

    [Fact]
    public void The_head_of_state_outranks_a_later_minister_and_the_disagreement_shows()
    {
        Say("2024-01-10", President, "The canal treaty will not be ratified.", Stance.Oppose);
        Say("2024-03-01", Minister, "We are open to ratifying the canal treaty after a review.", Stance.Open);

        var cell = Engine.Matrix.Get(new DateOnly(2024, 4, 1)).Cell("ARD", TestData.Canal)!;

        Assert.Equal(Stance.Oppose, cell.Stance);
        Assert.Equal("Mirela Vost", cell.SpeakerName);
        Assert.Equal(CountryRule.MostSenior, cell.Rule);
        Assert.True(cell.Disagreement);
        Assert.Equal(2, cell.SpeakerCount);
    }

    [Fact]
    public void A_president_who_has_left_office_no_longer_speaks_for_the_country()
    {
        // The catalogue says President Vost's term ended on 1 May 2024.
        Engine.Actors.Upsert([TestData.Mirela with
        {
            Terms = [new OfficeTerm(Offices.HeadOfState, "President", "ARD", new DateOnly(2021, 3, 1), new DateOnly(2024, 5, 1))],
        }]);
        Say("2024-01-10", President, "The canal treaty will not be ratified.", Stance.Oppose);
        Say("2024-03-01", Minister, "We are open to ratifying the canal treaty after a review.", Stance.Open);

        var matrix = Engine.Matrix;
        Assert.Equal("Mirela Vost", matrix.Get(new DateOnly(2024, 4, 30)).Cell("ARD", TestData.Canal)!.SpeakerName);
        Assert.Equal("Ilan Dorr", matrix.Get(new DateOnly(2024, 5, 1)).Cell("ARD", TestData.Canal)!.SpeakerName);

        // The country's line changed hands on the day of the handover, with nothing said that day.
        var timeline = Engine.Timelines.ForCountry("ARD", TestData.Canal);
        Assert.Equal([new DateOnly(2024, 1, 10), new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 1)], timeline.Steps.Select(s => s.Date));
        Assert.Equal("ilan-dorr", timeline.Steps[^1].Evidence.ActorKey);
        var shift = Assert.Single(Engine.Shifts.Find(), s => s.Subject == "ARD");
        Assert.Equal((Stance.Oppose, Stance.Open), (shift.Before.Stance, shift.After.Stance));

        var cell = Engine.Cells.Get("ARD", TestData.Canal, new DateOnly(2024, 6, 1));
        Assert.Equal("Ilan Dorr", cell.Winner!.SpeakerName);
    }

    [Fact]
    public void A_stance_review_overrides_the_model_in_the_matrix_and_timeline()
    {
        var position = Say("2024-01-10", President, "The canal treaty is worth a look.", Stance.Oppose, 0.55);
        Engine.Reviews.CorrectStance(position, Stance.Open, "analyst", "the president hedged", DateTimeOffset.UtcNow);

        var cell = Engine.Matrix.Get(new DateOnly(2024, 4, 1)).Cell("ARD", TestData.Canal)!;
        Assert.Equal(Stance.Open, cell.Stance);
        Assert.True(cell.Reviewed);
        var step = Assert.Single(Engine.Timelines.ForActor("mirela-vost", TestData.Canal).Steps);
        Assert.Equal(Stance.Open, step.Evidence.Stance);
        Assert.Equal(Stance.Oppose, step.Evidence.ModelStance);
    }

    [Fact]
    public void A_topic_review_moves_the_position_to_the_other_topic()
    {
        var position = Say("2024-01-10", President, "Herring quotas must rise.", Stance.Support);
        Engine.Reviews.Add(new Review(StatementOf(position), position, ReviewField.Topic, TestData.Canal, TestData.Fishing, "analyst", "wrong topic", DateTimeOffset.UtcNow));

        var view = Engine.Matrix.Get(new DateOnly(2024, 4, 1));
        Assert.Null(view.Cell("ARD", TestData.Canal));
        Assert.Equal(Stance.Support, view.Cell("ARD", TestData.Fishing)?.Stance);
    }

    [Fact]
    public void The_most_confident_statement_of_a_day_is_the_day_position()
    {
        Say("2024-01-10", President, "Maybe the canal.", Stance.Open, 0.5);
        Say("2024-01-10", President, "We reject the canal treaty.", Stance.Oppose, 0.9);
        Assert.Equal(Stance.Oppose, Engine.Matrix.Get(new DateOnly(2024, 1, 10)).Cell("ARD", TestData.Canal)?.Stance);
    }

    [Fact]
    public void Actor_timeline_lists_each_day_and_the_shift_with_both_statements()
    {
        Say("2023-05-01", President, "The canal would ruin the valley.", Stance.Oppose);
        Say("2023-09-01", President, "The canal still would ruin the valley.", Stance.Oppose);
        Say("2024-02-01", President, "We are ready to sign the canal treaty.", Stance.Support);

        var timeline = Engine.Timelines.ForActor("mirela-vost", TestData.Canal);

        Assert.Equal(3, timeline.Steps.Count);
        var shift = Assert.Single(timeline.Shifts);
        Assert.Equal(ShiftKind.Reversal, shift.Kind);
        Assert.Equal("The canal still would ruin the valley.", shift.Before.Text);
        Assert.Equal("We are ready to sign the canal treaty.", shift.After.Text);
        Assert.Equal(new DateOnly(2024, 2, 1), shift.Date);
    }

    [Fact]
    public void Two_uncertain_statements_agreeing_on_one_day_establish_a_stance_in_the_stored_shifts()
    {
        Say("2023-05-01", President, "The canal would ruin the valley.", Stance.Oppose, 0.9);
        Say("2024-02-01", President, "The canal treaty could be signed.", Stance.Support, 0.45);
        Say("2024-02-01", President, "We will sign the canal treaty.", Stance.Support, 0.5);
        Say("2024-06-01", President, "Perhaps a canal.", Stance.Open, 0.4);

        var shifts = Engine.Shifts.Find().Where(s => s.Subject == "mirela-vost").ToList();

        // The two agreeing statements of 1 February make the shift; the lone uncertain one of June does not.
        var shift = Assert.Single(shifts);
        Assert.Equal((new DateOnly(2024, 2, 1), Stance.Oppose, Stance.Support), (shift.Date, shift.Before.Stance, shift.After.Stance));
    }

    [Fact]
    public void Country_timeline_follows_the_winner_and_shift_query_finds_actor_and_country_shifts()
    {
        Say("2023-05-01", Minister, "Ardenia rejects the canal treaty.", Stance.Oppose);
        Say("2024-02-01", President, "Ardenia is open to the canal treaty once the review ends.", Stance.Open);

        var timeline = Engine.Timelines.ForCountry("ARD", TestData.Canal);
        Assert.Equal(["Ilan Dorr", "Mirela Vost"], timeline.Steps.Select(s => s.Evidence.SpeakerName));
        Assert.Equal(ShiftKind.Softening, Assert.Single(timeline.Shifts).Kind);

        var shifts = Engine.Shifts.Find();
        // Each actor said one thing: no actor shift; the country moved.
        var country = Assert.Single(shifts);
        Assert.Equal("ARD", country.Subject);
        Assert.Empty(Engine.Shifts.Find(since: new DateOnly(2024, 3, 1)));
        Assert.Empty(Engine.Shifts.Find(topicId: TestData.Fishing));
    }

    [Fact]
    public void Unknown_speakers_get_their_own_key_and_can_be_found_by_name()
    {
        Say("2024-01-10", new Speaker("Harald Penn", null, "CAL", "Mayor"), "The canal will flood the harbour.", Stance.Oppose);
        var key = Assert.Single(Engine.Timelines.FindActorKeys("harald penn"));
        Assert.Equal("name:harald penn|CAL", key);
        Assert.Single(Engine.Timelines.ForActor(key, TestData.Canal).Steps);
    }

    private long StatementOf(long positionId)
    {
        return Scalar<long>("SELECT statement_id FROM positions WHERE id = @PositionId", new { PositionId = positionId });
    }
}

public sealed class SqlitePositionQueriesTests : PositionQueriesContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresPositionQueriesTests : PositionQueriesContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
