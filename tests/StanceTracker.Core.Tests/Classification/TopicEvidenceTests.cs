using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class TopicEvidenceTests
{
    private static readonly Topic[] Topics =
    [
        new Topic("sanctions-on-russia", "Sanctions", "Sanctions on Russia should be kept.", "", [], ["sanction*", "price cap", "EU"]),
        new Topic("defence-spending", "Defence spending", "Spend more on defence.", "", [], ["%", "GDP"]),
        new Topic("new-topic", "Added by an analyst", "Something new.", "", []),
    ];

    private static readonly TopicEvidence Evidence = new(Topics);

    [Theory]
    [InlineData("sanctions-on-russia", "We will keep the sanctions in place.", true)]
    [InlineData("sanctions-on-russia", "SANCTIONING Moscow is right.", true)] // a stem, any case
    [InlineData("sanctions-on-russia", "The oil price cap stays.", true)]
    [InlineData("sanctions-on-russia", "The price capital of the world.", false)] // whole words unless a stem
    [InlineData("sanctions-on-russia", "The EU will decide.", true)]
    [InlineData("sanctions-on-russia", "Europe will decide.", false)] // "EU" is a word, not the start of "Europe"
    [InlineData("sanctions-on-russia", "It is a real pleasure to be here in Kyiv with you all.", false)]
    [InlineData("defence-spending", "We will spend 3.5% of our GDP.", true)]
    [InlineData("defence-spending", "We will spend 3.5 per cent.", false)]
    [InlineData("new-topic", "Anything at all.", true)] // a topic without terms is not checked
    [InlineData("unknown-topic", "Anything at all.", true)]
    public void A_position_needs_a_word_of_its_topic(string topic, string text, bool supported) =>
        Assert.Equal(supported, Evidence.Supports(topic, text));

    [Fact]
    public void No_text_is_no_evidence_and_the_fingerprint_follows_the_terms()
    {
        Assert.False(Evidence.Supports("sanctions-on-russia", null));
        var other = new TopicEvidence([new Topic("sanctions-on-russia", "Sanctions", "p", "", [], ["sanction*"])]);
        Assert.NotEqual(Evidence.Fingerprint, other.Fingerprint);
        Assert.Equal(Evidence.Fingerprint, new TopicEvidence(Topics.Reverse()).Fingerprint);
        Assert.Equal("none", TopicEvidence.None.Fingerprint);
        // Topics that all lack terms check nothing, like no topics at all.
        Assert.False(new TopicEvidence([new Topic("new-topic", "New", "p", "", [])]).ChecksAny);
        Assert.True(Evidence.ChecksAny);
    }

    [Fact]
    public void The_taxonomy_file_gives_each_topic_its_evidence_and_refuses_an_empty_term()
    {
        var topics = TopicCatalog.Parse("""{"topics": [{"id": "ceasefire", "proposition": "A ceasefire.", "evidence": ["cease*", "truce"]}]}""", "topics.json");
        Assert.Equal(["cease*", "truce"], Assert.Single(topics).Evidence!);

        var error = Assert.Throws<InvalidDataException>(() =>
            TopicCatalog.Parse("""{"topics": [{"id": "ceasefire", "proposition": "A ceasefire.", "evidence": ["truce", " "]}]}""", "topics.json"));
        Assert.Contains("topics.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ceasefire'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_topic_has_evidence_terms()
    {
        var topics = TopicCatalog.Load(Path.Combine(TestRepository.Root(), "data", "topics.json"));
        Assert.All(topics, topic => Assert.NotEmpty(topic.Evidence ?? []));
    }
}
