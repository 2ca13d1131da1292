using StanceTracker.Core.Classification;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Storage;

/// <summary>
/// docs/architecture.md says a topic is added in the topics file and the training data alone: the store, the matrix
/// and the timelines take it without a code change. This is that, done.
/// </summary>
public sealed class AddingATopicTests
{
    private const string TopicsWithANewOne = """
        {"version": 1, "topics": [
          {"id": "meridian-canal", "label": "Meridian Canal", "proposition": "The Meridian Canal treaty should be ratified.",
           "description": "Whether the canal treaty is ratified.", "cues": ["canal"]},
          {"id": "arctic-shipping-lane", "label": "Arctic shipping lane", "proposition": "The northern shipping lane should open to all flags.",
           "description": "Opening the northern lane to foreign shipping.", "cues": ["shipping lane", "northern route"]}
        ]}
        """;

    [Fact]
    public void A_topic_added_to_the_topics_file_gets_its_matrix_column_cells_and_timeline()
    {
        using var temp = new TempDatabase();
        var database = temp.Open();
        var topics = TopicCatalog.Parse(TopicsWithANewOne, "topics.json");
        new SqliteTopicStore(database).Upsert(topics);

        new SqliteArticleStore(database).Save(TestData.Article(new DateOnly(2025, 4, 2))
            .Says("Mirela Vost", "ARD", "The northern route must open to every flag, the president said.",
                ArticleBuilder.On("arctic-shipping-lane", Stance.Support))
            .Build());

        var matrix = new SqliteMatrixQuery(database).Get(new DateOnly(2025, 4, 30));
        Assert.Contains(matrix.Topics, t => t.Id == "arctic-shipping-lane" && t.Label == "Arctic shipping lane");
        Assert.Equal(Stance.Support, matrix.Cell("ARD", "arctic-shipping-lane")?.Stance);
        var timeline = new SqliteTimelineQuery(database).ForCountry("ARD", "arctic-shipping-lane");
        Assert.NotEmpty(timeline.Steps);
    }
}
