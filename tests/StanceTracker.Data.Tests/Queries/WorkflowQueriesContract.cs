using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;
using static StanceTracker.Data.Tests.Fixtures.ArticleBuilder;

namespace StanceTracker.Data.Tests.Queries;

/// <summary>The statements table, the review queue, speaker corrections and the training export.</summary>
public abstract class WorkflowQueriesContract : EngineContract
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    protected override void Arrange(StoreEngineUnderTest engine)
    {
        base.Arrange(engine);
        engine.Actors.Upsert([TestData.Mirela, TestData.Tomas]);
    }

    private static Speaker Unknown(string name, string country) => new(name, null, country, null);

    private long Say(string date, Speaker speaker, string text, params PositionClaim[] positions)
    {
        var outcome = Engine.Articles.Save(TestData.Article(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Says(speaker, text, positions).Build());
        return Scalar<long>("SELECT id FROM statements WHERE article_id = @ArticleId", new { outcome.ArticleId });
    }

    private long PositionOf(long statementId)
    {
        return Scalar<long>("SELECT id FROM positions WHERE statement_id = @StatementId", new { StatementId = statementId });
    }

    [Fact]
    public void Filters_combine_and_the_total_counts_every_match()
    {
        Say("2024-01-10", Unknown("Ana Brel", "CAL"), "The canal treaty is a trap.", On(TestData.Canal, Stance.Oppose, 0.9));
        Say("2024-02-10", Unknown("Ana Brel", "CAL"), "Herring quotas should rise.", On(TestData.Fishing, Stance.Support, 0.4));
        Say("2024-03-10", Unknown("Ivo Pell", "BOR"), "The canal treaty deserves a hearing.", On(TestData.Canal, Stance.Open, 0.7));
        Say("2024-04-10", Unknown("Ivo Pell", "BOR"), "Nice weather in Port Selin today.");

        Assert.Equal(4, Engine.Statements.Get(new StatementFilter()).Total);
        Assert.Equal(2, Engine.Statements.Get(new StatementFilter { TopicId = TestData.Canal }).Total);
        Assert.Equal(1, Engine.Statements.Get(new StatementFilter { TopicId = TestData.Canal, Country = "BOR" }).Total);
        Assert.Equal(2, Engine.Statements.Get(new StatementFilter { Actor = "name:ana brel|CAL" }).Total);
        Assert.Equal(1, Engine.Statements.Get(new StatementFilter { Stance = Stance.Oppose }).Total);
        Assert.Equal(2, Engine.Statements.Get(new StatementFilter { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 3, 31) }).Total);
        Assert.Equal(2, Engine.Statements.Get(new StatementFilter { MinConfidence = 0.5, MaxConfidence = 0.95 }).Total);
        Assert.Equal(2, Engine.Statements.Get(new StatementFilter { Text = "canal treaty" }).Total);

        var page = Engine.Statements.Get(new StatementFilter { Sort = StatementSort.ConfidenceAscending, PageSize = 2, Page = 0 });
        Assert.Equal(4, page.Total);
        Assert.Equal([0.4, 0.7], page.Rows.Select(r => r.Confidence!.Value));
        var newest = Engine.Statements.Get(new StatementFilter { PageSize = 1 }).Rows.Single();
        Assert.Equal("2024-04-10", newest.Date);
        Assert.Null(newest.TopicId);
    }

    [Theory]
    [InlineData("\"troops\" OR 1=1; DROP TABLE statements;--")]
    [InlineData("'")]
    [InlineData("*")]
    [InlineData("\"canal")]
    [InlineData("canal\" treaty")]
    [InlineData("NEAR(canal treaty) col:text ^canal")]
    public void Search_text_is_never_read_as_query_syntax(string text)
    {
        Say("2024-01-10", Unknown("Ana Brel", "CAL"), "The canal treaty is a trap.", On(TestData.Canal, Stance.Oppose));

        var page = Engine.Statements.Get(new StatementFilter { Text = text });

        Assert.True(page.Total >= 0);
        Assert.Equal(1, Count("statements"));
    }

    [Fact]
    public void Needs_review_lists_flagged_unreviewed_positions_and_the_queue_puts_the_least_confident_first()
    {
        var flagged = Say("2024-01-10", Unknown("Ana Brel", "CAL"), "The canal, perhaps.", new PositionClaim(TestData.Canal, Stance.Open, 0.55, "m", NeedsReview: true));
        var unsure = Say("2024-01-11", Unknown("Ana Brel", "CAL"), "Quotas, perhaps.", On(TestData.Fishing, Stance.Open, 0.3));
        Say("2024-01-12", Unknown("Ana Brel", "CAL"), "The border commission is welcome.", On(TestData.Border, Stance.Support, 0.95));

        Assert.Equal(flagged, Engine.Statements.Get(new StatementFilter { NeedsReview = true }).Rows.Single().StatementId);
        var queue = Engine.Get<IReviewQueueQuery>().Get();
        Assert.Equal(2, queue.Waiting);
        Assert.Equal([flagged, unsure], queue.Items.Select(i => i.StatementId));
        Assert.Contains("Dispatch", queue.Items[0].Before, StringComparison.Ordinal);

        Engine.Reviews.Add(new Review(flagged, PositionOf(flagged), ReviewField.Accept, null, null, "analyst", null, DateTimeOffset.UtcNow));
        Assert.Equal(0, Engine.Statements.Get(new StatementFilter { NeedsReview = true }).Total);
        Assert.Equal([unsure], Engine.Get<IReviewQueueQuery>().Get().Items.Select(i => i.StatementId));
    }

    [Fact]
    public void A_speaker_correction_to_a_catalogue_actor_moves_the_position_to_that_actor_and_country()
    {
        var statement = Say("2024-03-01", Unknown("Ana Brel", "CAL"), "We will sign the canal treaty.", On(TestData.Canal, Stance.Support));
        var matrix = Engine.Matrix;
        Assert.Equal(Stance.Support, matrix.Get(AsOf).Cell("CAL", TestData.Canal)?.Stance);

        Engine.Reviews.Add(new Review(statement, null, ReviewField.Speaker, "Ana Brel", TestData.Mirela.Id, "analyst", "the president said it", DateTimeOffset.UtcNow));

        var view = matrix.Get(AsOf);
        Assert.Null(view.Cell("CAL", TestData.Canal));
        var cell = view.Cell("ARD", TestData.Canal);
        Assert.NotNull(cell);
        Assert.Equal(TestData.Mirela.Id, cell.ActorId);
        Assert.Single(Engine.Timelines.ForActor(TestData.Mirela.Id, TestData.Canal).Steps);
        Assert.Empty(Engine.Timelines.ForActor("name:ana brel|CAL", TestData.Canal).Steps);
        var row = Engine.Statements.Get(new StatementFilter { Actor = TestData.Mirela.Id }).Rows.Single();
        Assert.Equal("Mirela Vost", row.SpeakerName);
        Assert.Equal("ARD", row.Country);
        Assert.True(row.SpeakerReviewed);
        Assert.Equal(0, Engine.Statements.Get(new StatementFilter { Country = "CAL" }).Total);
    }

    [Fact]
    public void A_speaker_correction_to_a_typed_name_keeps_the_country_and_a_second_correction_wins()
    {
        var statement = Say("2024-03-01", new Speaker("Mirela Vost", "mirela-vost", "ARD", "President", Offices.HeadOfState),
            "Ardenia will study the quotas.", On(TestData.Fishing, Stance.Open));
        var reviews = Engine.Reviews;
        var at = DateTimeOffset.UtcNow;

        reviews.Add(new Review(statement, null, ReviewField.Speaker, "Mirela Vost", "Oskar Lind", "analyst", "her spokesman", at));
        Assert.Single(Engine.Timelines.ForActor("name:oskar lind|ARD", TestData.Fishing).Steps);
        Assert.Empty(Engine.Timelines.ForActor("mirela-vost", TestData.Fishing).Steps);
        Assert.Equal("ARD", Engine.Matrix.Get(AsOf).Cell("ARD", TestData.Fishing)?.Country);

        reviews.Add(new Review(statement, null, ReviewField.Speaker, "Oskar Lind", TestData.Tomas.Id, "analyst", "no, the Borovian", at.AddMinutes(1)));
        Assert.Empty(Engine.Timelines.ForActor("name:oskar lind|ARD", TestData.Fishing).Steps);
        Assert.Equal(TestData.Tomas.Id, Engine.Matrix.Get(AsOf).Cell("BOR", TestData.Fishing)?.ActorId);
        Assert.Null(Engine.Matrix.Get(AsOf).Cell("ARD", TestData.Fishing));

        // A topic correction after a speaker correction keeps the reviewed speaker.
        reviews.Add(new Review(statement, PositionOf(statement), ReviewField.Topic, TestData.Fishing, TestData.Border, "analyst", "about the border", at.AddMinutes(2)));
        var view = Engine.Matrix.Get(AsOf);
        Assert.Null(view.Cell("BOR", TestData.Fishing));
        Assert.Equal(TestData.Tomas.Id, view.Cell("BOR", TestData.Border)?.ActorId);
        Assert.Equal(1, Count("position_days"));
    }

    [Fact]
    public void Training_export_lists_reviewed_labels_in_the_training_format()
    {
        var accepted = Say("2024-03-01", Unknown("Ana Brel", "CAL"), "We will sign\tthe canal\ntreaty.", On(TestData.Canal, Stance.Support));
        var corrected = Say("2024-03-02", Unknown("Ana Brel", "CAL"), "Quotas? Never.", On(TestData.Fishing, Stance.Open));
        Say("2024-03-03", Unknown("Ana Brel", "CAL"), "The border, later.", On(TestData.Border, Stance.Neutral));
        var reviews = Engine.Reviews;
        reviews.Add(new Review(accepted, PositionOf(accepted), ReviewField.Accept, null, null, "analyst", null, DateTimeOffset.UtcNow));
        reviews.CorrectStance(PositionOf(corrected), Stance.Oppose, "analyst", "clear refusal", DateTimeOffset.UtcNow);

        using var writer = new StringWriter();
        TrainingTsv.Write(Engine.Get<ITrainingExportQuery>().Lines(), writer);

        Assert.Equal(
            "topic\tstance\ttext\nmeridian-canal\tsupport\tWe will sign the canal treaty.\ngrey-sound-quotas\toppose\tQuotas? Never.\n",
            writer.ToString());
    }

    [Fact]
    public void Actor_choices_come_from_the_catalogue_and_from_attributed_speakers()
    {
        Say("2024-03-01", new Speaker("Lena Sorr", "lena-sorr", "CAL", null), "The canal is fine.", On(TestData.Canal, Stance.Support));
        var catalogue = Engine.Get<ICatalogueQuery>();

        Assert.Equal(["mirela-vost"], catalogue.FindActors("President Vost").Select(a => a.Id));
        Assert.Equal(["lena-sorr"], catalogue.FindActors("sorr").Select(a => a.Id));
        Assert.Empty(catalogue.FindActors("%_"));
        Assert.Equal(["CAL"], catalogue.Countries());
    }
}

public sealed class SqliteWorkflowQueriesTests : WorkflowQueriesContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresWorkflowQueriesTests : WorkflowQueriesContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
