using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class ClassifierEvaluatorTests
{
    private static LineOutcome Line(string topic, Stance gold, string text, params (string Topic, Stance Stance)[] predicted) =>
        new(new LabelledStatement(topic, gold, text), predicted.ToDictionary(p => p.Topic, p => p.Stance),
            predicted.Where(p => p.Topic == topic).Select(p => (Stance?)p.Stance).FirstOrDefault());

    [Fact]
    public void A_missed_topic_counts_as_wrong_and_a_none_line_is_right_only_without_positions()
    {
        var outcomes = new[]
        {
            Line("t", Stance.Support, "a", ("t", Stance.Support)),
            Line("t", Stance.Oppose, "b", ("t", Stance.Oppose)),
            Line("t", Stance.Oppose, "c"),                        // topic missed
            Line("none", Stance.Neutral, "d"),                    // right
            Line("none", Stance.Neutral, "e", ("t", Stance.Oppose)), // spurious
        };
        var report = ClassifierEvaluator.Evaluate(outcomes, new Dictionary<string, Stance> { ["t"] = Stance.Oppose });
        Assert.Equal(3.0 / 5, report.Accuracy, 6);
        // Labels t/support (F1 1), t/oppose (tp 1, fn 1: 2/3), none (tp 1, fn 1: 2/3).
        Assert.Equal((1 + 2.0 / 3 + 2.0 / 3) / 3, report.MacroF1, 6);
        // Stance over the three t lines: support F1 1; oppose tp 1 fn 1 → 2/3.
        Assert.Equal((1 + 2.0 / 3) / 2, report.FAvg, 6);
        // Topic t over five texts: tp 2, fp 1, fn 1.
        Assert.Equal(2.0 / 3, report.PerTopic.Single().TopicF1, 6);
        Assert.Equal("none", outcomes[2].PredictedLabel);
        Assert.Equal("t:oppose", outcomes[4].PredictedLabel);
    }
}
