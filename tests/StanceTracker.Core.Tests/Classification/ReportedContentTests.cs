using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class ReportedContentTests
{
    [Theory]
    [InlineData("Polish Prime Minister Donald Tusk said on Thursday that Poland had no plans to send its soldiers to Ukraine.",
        "Poland had no plans to send its soldiers to Ukraine.")]
    [InlineData("Hungarian Prime Minister Viktor Orbán, who had blocked the package for weeks, said Hungary would now back it.",
        "Hungary would now back it.")]
    [InlineData("Scholz told the Bundestag that Germany would keep supplying air defence systems.",
        "Germany would keep supplying air defence systems.")]
    [InlineData("The minister said in an interview with a radio station, that sanctions were hurting Europe more than Russia.",
        "Sanctions were hurting Europe more than Russia.")]
    public void The_frame_of_a_neutral_verb_of_saying_is_dropped(string sentence, string content) =>
        Assert.Equal(content, ReportedContent.Of(sentence));

    [Theory]
    [InlineData("Tusk ruled out sending Polish troops to Ukraine.")] // the verb is the position
    [InlineData("Sikorski did not say that Poland itself would send soldiers.")] // a negated frame is not a claim
    [InlineData("“We will not send troops,” Tusk said.")] // a direct quote has no leading frame
    [InlineData("Meloni said it was premature.")] // too little left to classify on its own
    public void Other_sentences_are_left_whole(string sentence) =>
        Assert.Equal(sentence, ReportedContent.Of(sentence));
}
