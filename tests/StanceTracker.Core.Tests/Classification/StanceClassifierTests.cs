using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

[Collection(TrainedClassifierGroup.Name)]
public sealed class StanceClassifierTests(ClassifierFixture fixture)
{
    // Sentences not in the fixture: new speakers and new wording around the fixture's constructions.
    private static readonly string[] Probes =
    [
        "Prime Minister Frederiksen ruled out sending troops to Ukraine.",
        "Frederiksen did not rule out sending troops to Ukraine.",
        "The chancellor called for tougher sanctions on Russia.",
        "The president visited a school on Monday.",
        "Ankara welcomed the ceasefire proposal.",
    ];

    private static string Describe(IReadOnlyList<PositionClaim> claims) =>
        string.Join(";", claims.Select(c => $"{c.TopicId}={c.Stance.ToId()}@{c.Confidence:0.000}"));

    private (string Topic, Stance Stance)[] Positions(string text, string? context = null) =>
        fixture.Classifier.Classify([new ClassificationInput(text, context)])[0].Select(c => (c.TopicId, c.Stance)).ToArray();

    [Fact]
    public void Seeded_training_is_deterministic()
    {
        var again = ClassifierTrainer.Train(fixture.Lines, ClassifierFixture.Settings, fixture.CachePath);
        var inputs = Probes.Select(p => new ClassificationInput(p)).ToList();
        var first = fixture.Classifier.Classify(inputs).Select(Describe).ToList();
        var second = again.Classifier.Classify(inputs).Select(Describe).ToList();
        Assert.Equal(first, second);
        Assert.Equal(fixture.Classifier.Version, again.Classifier.Version);
        Assert.Equal(fixture.Result.CrossValidation.MacroF1, again.CrossValidation.MacroF1);
    }

    [Fact]
    public void A_saved_model_reloads_and_predicts_the_same()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"));
        try
        {
            fixture.Classifier.Save(folder);
            var loaded = StanceClassifier.Load(folder);
            var inputs = Probes.Select(p => new ClassificationInput(p)).ToList();
            Assert.Equal(fixture.Classifier.Classify(inputs).Select(Describe), loaded.Classify(inputs).Select(Describe));
            Assert.Equal(fixture.Classifier.Version, loaded.Version);
            Assert.Equal(fixture.Classifier.Thresholds, loaded.Thresholds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Model_version_is_stored_in_every_claim_and_depends_on_the_data()
    {
        var claims = fixture.Classifier.Classify([new ClassificationInput(Probes[0])])[0];
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(fixture.Classifier.Version, c.ModelVersion));
        Assert.All(claims, c => Assert.InRange(c.Confidence, 0.0, 1.0));
        Assert.StartsWith("minilm-", fixture.Classifier.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anaphoric_statement_takes_the_topic_of_its_context()
    {
        const string context = "European leaders met in Paris to discuss sending troops to Ukraine.";
        Assert.Empty(Positions("Meloni opposed the idea."));
        var positions = Positions("Meloni opposed the idea.", context);
        Assert.Contains(("troops-in-ukraine", Stance.Oppose), positions);
        // Context is only borrowed for anaphora: a statement about something else stays without a topic.
        Assert.Empty(Positions("Meloni visited a school in Rome.", context));
    }

    [Fact]
    public void Ruling_out_and_not_ruling_out_troops_are_oppose_and_open()
    {
        Assert.Contains(("troops-in-ukraine", Stance.Oppose), Positions("Frederiksen ruled out sending troops to Ukraine."));
        Assert.Contains(("troops-in-ukraine", Stance.Oppose), Positions("Frederiksen said Denmark will not send soldiers to Ukraine."));
        Assert.Contains(("troops-in-ukraine", Stance.Open), Positions("Frederiksen did not rule out sending troops to Ukraine."));
    }

    [Fact]
    public void Conditions_make_a_position_open()
    {
        Assert.Contains(("troops-in-ukraine", Stance.Open), Positions("Frederiksen said troops could go to Ukraine only if a ceasefire holds."));
        Assert.Contains(("troops-in-ukraine", Stance.Support), Positions("Frederiksen said Denmark was ready to send troops to Ukraine."));
    }

    [Fact]
    public void Sanctions_are_a_directed_proposition()
    {
        // Lifting sanctions is against the proposition; refusing to ease them is for it.
        Assert.Contains(("sanctions-on-russia", Stance.Oppose), Positions("Fico called for lifting sanctions on Russia."));
        Assert.Contains(("sanctions-on-russia", Stance.Support), Positions("Fico refused to ease sanctions on Russia."));
        Assert.Contains(("sanctions-on-russia", Stance.Support), Positions("Fico called for tougher sanctions on Russia."));
    }

    [Fact]
    public void A_statement_on_no_tracked_topic_gets_no_position()
    {
        Assert.Empty(Positions("Frederiksen opened a new bridge in Copenhagen."));
    }

    [Fact]
    public void A_batch_classifies_each_input_in_order()
    {
        var inputs = Probes.Select(p => new ClassificationInput(p)).ToList();
        var batch = fixture.Classifier.Classify(inputs).Select(Describe).ToList();
        var single = inputs.Select(i => Describe(fixture.Classifier.Classify([i])[0])).ToList();
        Assert.Equal(single, batch);
        Assert.Empty(fixture.Classifier.Classify([]));
    }

    [Fact]
    public void Cross_validation_reports_every_fixture_topic()
    {
        var report = fixture.Result.CrossValidation;
        Assert.Equal(["ceasefire", "sanctions-on-russia", "troops-in-ukraine", "ukraine-nato-membership"], report.PerTopic.Select(t => t.Topic));
        Assert.Equal(fixture.Lines.Count, report.Lines);
        Assert.EndsWith($"accuracy={report.Accuracy:0.000}", report.Format("cv"), StringComparison.Ordinal);
    }
}
