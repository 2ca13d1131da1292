using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class TrainingDataTests
{
    [Fact]
    public void Parses_lines_and_the_none_topic()
    {
        var lines = TrainingData.Parse(["topic\tstance\ttext", "ceasefire\tsupport\tA truce now.", "", "none\tneutral\tA text\twith a tab."], "t.tsv");
        Assert.Equal(2, lines.Count);
        Assert.Equal(new LabelledStatement("ceasefire", Stance.Support, "A truce now."), lines[0]);
        Assert.False(lines[1].HasTopic);
        Assert.Equal("A text\twith a tab.", lines[1].Text);
    }

    [Theory]
    [InlineData("topic\ttext\tstance", "t.tsv:1")]
    [InlineData("topic\tstance\ttext\nceasefire\tmaybe\tx", "t.tsv:2: stance 'maybe'")]
    [InlineData("topic\tstance\ttext\nceasefire\tsupport", "t.tsv:2: expected 3")]
    public void A_bad_line_is_refused_with_its_place(string content, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => TrainingData.Parse(content.Split('\n'), "t.tsv"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
