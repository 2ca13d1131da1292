using StanceTracker.Core.Classification;
using StanceTracker.Data.Tests.Engines;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// docs/architecture.md says a topic is added in the topics file and the training data alone: the store, the matrix
/// and the timelines take it without a code change. This is that, done.
/// </summary>
public abstract class AddingATopicContract : EngineContract
{
    private const string TopicsWithANewOne = """
        {"version": 1, "topics": [
          {"id": "meridian-canal", "label": "Meridian Canal", "proposition": "The Meridian Canal treaty should be ratified.",
           "description": "Whether the canal treaty is ratified.", "cues": ["canal"]},
          {"id": "arctic-shipping-lane", "label": "Arctic shipping lane", "proposition": "The northern shipping lane should open to all flags.",
           "description": "Opening the northern lane to foreign shipping.", "cues": ["shipping lane", "northern route"]}
        ]}
        """;

    // The topics file is the whole catalogue here.
    protected override void Arrange(StoreEngineUnderTest engine)
    {
    }

    [Fact]
    public void A_topic_added_to_the_topics_file_gets_its_matrix_column_cells_and_timeline()
    {
        var topics = TopicCatalog.Parse(TopicsWithANewOne, "topics.json");
        Engine.Topics.Upsert(topics);

        Engine.Articles.Save(TestData.Article(new DateOnly(2025, 4, 2))
            .Says("Mirela Vost", "ARD", "The northern route must open to every flag, the president said.",
                ArticleBuilder.On("arctic-shipping-lane", Stance.Support))
            .Build());

        var matrix = Engine.Matrix.Get(new DateOnly(2025, 4, 30));
        Assert.Contains(matrix.Topics, t => t.Id == "arctic-shipping-lane" && t.Label == "Arctic shipping lane");
        Assert.Equal(Stance.Support, matrix.Cell("ARD", "arctic-shipping-lane")?.Stance);
        var timeline = Engine.Timelines.ForCountry("ARD", "arctic-shipping-lane");
        Assert.NotEmpty(timeline.Steps);
    }
}

public sealed class SqliteAddingATopicTests : AddingATopicContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Sqlite();
}

public sealed class PostgresAddingATopicTests : AddingATopicContract
{
    protected override StoreEngineUnderTest Open() => StoreEngineUnderTest.Postgres();
}
