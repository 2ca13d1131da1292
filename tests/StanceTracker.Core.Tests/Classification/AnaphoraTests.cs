using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class AnaphoraTests
{
    [Theory]
    [InlineData("Meloni opposed the idea.", true)]
    [InlineData("Tusk welcomed the talks.", true)]
    [InlineData("But again and again Putin has refused.", true)]
    [InlineData("Moscow has flatly refused outright.", true)]
    [InlineData("Orban refused to back the summit's conclusions on Ukraine.", false)]
    [InlineData("He said Moscow had ripped up the Minsk agreements.", false)]
    [InlineData("Putin refused an unconditional ceasefire.", false)]
    [InlineData("Scholz called the debate \"highly inappropriate\" and \"premature\".", true)]
    [InlineData("Peskov dismissed the remarks as dangerous.", true)]
    [InlineData("Macron said it was unacceptable.", true)]
    [InlineData("Tusk said Poland would not support it.", true)]
    [InlineData("Lavrov dismissed the debate's premise outright as Western propaganda about Ukraine.", false)]
    public void A_statement_borrows_its_topic_only_when_its_object_points_back_or_is_left_out(string text, bool anaphoric) =>
        Assert.Equal(anaphoric, StanceClassifier.IsAnaphoric(text));
}
