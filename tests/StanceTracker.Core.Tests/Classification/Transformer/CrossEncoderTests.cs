using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Classification.Transformer;
using TorchSharp;

namespace StanceTracker.Core.Tests.Classification.Transformer;

/// <summary>
/// The cross-encoder trained for a few steps on the small hand-written fixture: real fine-tuning, too short to learn
/// much, enough to check the plumbing (training, the ONNX export, saving, loading, the gate) against the real parts.
/// </summary>
[Collection(TrainedClassifierGroup.Name)]
public sealed class CrossEncoderTests(ClassifierFixture fixture)
{
    private static readonly CrossEncoderSettings FewSteps = new() { BatchSize = 8, MaxSteps = 4, CalibrationFraction = 0.15 };

    private static IReadOnlyList<Topic> Topics { get; } = TopicCatalog.Load(ClassifierFixture.Find("data", "topics.json"));

    [Fact]
    public void Onnx_runtime_runs_the_fine_tuned_encoder_as_torchsharp_does()
    {
        var trained = CrossEncoderTrainer.Train(fixture.Lines, Topics, FewSteps, cache: null, progress: null, threads: 0, TestContext.Current.CancellationToken);
        var tokenizer = new PairTokenizer(FewSteps.MaxLength);
        var propositions = trained.Topics.Select(t => tokenizer.Tokens(t.Proposition)).ToList();
        var pairs = fixture.Lines.Take(12).Select((l, i) => tokenizer.Pair(propositions[i % propositions.Count], tokenizer.Tokens(l.Text))).ToList();

        var expected = CrossEncoderTrainer.Logits(trained.Module, pairs);
        var (weight, bias) = trained.Module.HeadParameters();
        using var onnx = new OnnxCrossEncoder(MiniLmCheckpoint.FineTuned(trained.Module.EncoderState()), weight, bias);
        var actual = onnx.Logits(pairs);

        for (var i = 0; i < pairs.Count; i++)
        {
            for (var label = 0; label < StanceCrossEncoder.Outputs; label++)
            {
                Assert.True(Math.Abs(expected[i][label] - actual[i][label]) < 1e-3,
                    $"pair {i}, label {label}: TorchSharp {expected[i][label]}, ONNX Runtime {actual[i][label]}");
            }
        }
    }

    [Fact]
    public void Training_changes_the_weights_and_reports_its_progress_to_the_end()
    {
        var pretrained = new StanceCrossEncoder(BertShape.MiniLm, 0.0);
        pretrained.LoadPretrainedEncoder();
        var reports = new List<TrainingProgress>();

        var trained = CrossEncoderTrainer.Train(fixture.Lines, Topics, FewSteps, cache: null, new SyncProgress(reports.Add), threads: 0, TestContext.Current.CancellationToken);

        var before = pretrained.EncoderState()["layers.5.query.weight"];
        var after = trained.Module.EncoderState()["layers.5.query.weight"];
        Assert.False(torch.allclose(before, after), "the top layer did not move");
        var frozen = trained.Module.EncoderState()["layers.0.query.weight"];
        Assert.True(torch.equal(pretrained.EncoderState()["layers.0.query.weight"], frozen).all().item<bool>(), "a frozen layer moved");
        Assert.Equal(4, trained.Steps);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.InRange(trained.Temperatures.Relevance, 0.5, 4.0);
        Assert.InRange(trained.Temperatures.Stance, 0.5, 4.0);
    }

    [Fact]
    public void A_saved_model_loads_and_classifies_as_the_trained_one_does()
    {
        var dir = Path.Combine(Path.GetDirectoryName(fixture.CachePath)!, "transformer-" + Guid.NewGuid().ToString("N"));
        using var trained = TransformerStanceClassifier.Train(fixture.Lines, Topics, fixture.Classifier, FewSteps, cancellation: TestContext.Current.CancellationToken);
        trained.Save(dir);
        using var loaded = TransformerStanceClassifier.Load(dir, fixture.Classifier);
        var inputs = fixture.Lines.Select(l => new ClassificationInput(l.Text)).Take(30).ToList();

        var a = trained.Classify(inputs);
        var b = loaded.Classify(inputs);

        Assert.Equal(trained.Version, loaded.Version);
        Assert.Equal(a.Select(p => string.Join(",", p.Select(c => $"{c.TopicId}:{c.Stance}:{c.Confidence}"))),
            b.Select(p => string.Join(",", p.Select(c => $"{c.TopicId}:{c.Stance}:{c.Confidence}"))));
        Assert.All(a.SelectMany(p => p), c => Assert.StartsWith("xenc-", c.ModelVersion));
    }

    [Fact]
    public void Without_a_named_model_the_transformer_is_used_only_while_it_matches_the_training_data()
    {
        var data = Path.Combine(Path.GetDirectoryName(fixture.CachePath)!, "data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(data, "training"));
        File.Copy(ClassifierFixture.Find("data", "topics.json"), Path.Combine(data, "topics.json"));
        var lines = File.ReadAllLines(ClassifierFixture.FixturePath);
        File.WriteAllLines(Path.Combine(data, "training", "train-x.tsv"), lines);

        var models = StanceModelKinds.BuiltInRegistry(FewSteps);
        Assert.Equal(StanceModelKinds.FastId, models.ResolveAuto(data).Id);
        using (TransformerStanceClassifier.LoadOrTrain(data, fixture.Classifier, settings: FewSteps, cancellation: TestContext.Current.CancellationToken))
        {
            Assert.Equal(TransformerModelKind.KindId, models.ResolveAuto(data).Id);
        }

        // An analyst adds a line: the saved transformer no longer reflects the training data, and nothing retrains it unasked.
        File.WriteAllLines(Path.Combine(data, "training", "train-x.tsv"),
            [.. lines, "troops-in-ukraine\toppose\tThe Examplestan premier said no soldiers of hers would go to Ukraine."]);
        Assert.Equal(StanceModelKinds.FastId, models.ResolveAuto(data).Id);
    }

    [Fact]
    public void The_gate_proposes_at_most_the_configured_number_of_topics()
    {
        using var classifier = TransformerStanceClassifier.Train(fixture.Lines, Topics, fixture.Classifier, FewSteps with { MaxCandidateTopics = 2, GateRatio = 0f }, cancellation: TestContext.Current.CancellationToken);

        var candidates = classifier.Candidates(["Sanctions on Moscow must stay until troops leave, and a ceasefire must come first, the minister said."]).Topics;

        Assert.Equal(2, Assert.Single(candidates).Count);
    }

    [Fact]
    public void The_model_version_follows_the_lines_the_propositions_and_the_settings()
    {
        var topics = CrossEncoderTrainer.TopicsOf(fixture.Lines, Topics);
        var baseline = TransformerStanceClassifier.DataHash(fixture.Lines, topics, FewSteps);

        Assert.Equal(baseline, TransformerStanceClassifier.DataHash(fixture.Lines, topics, FewSteps));
        Assert.NotEqual(baseline, TransformerStanceClassifier.DataHash(fixture.Lines.Skip(1).ToList(), topics, FewSteps));
        Assert.NotEqual(baseline, TransformerStanceClassifier.DataHash(fixture.Lines, [topics[0] with { Proposition = "Something else." }, .. topics.Skip(1)], FewSteps));
        Assert.NotEqual(baseline, TransformerStanceClassifier.DataHash(fixture.Lines, topics, FewSteps with { Epochs = FewSteps.Epochs + 1 }));
    }

    [Fact]
    public void Lines_on_a_topic_the_topic_file_does_not_define_are_refused_with_the_topic_named()
    {
        var lines = fixture.Lines.Append(new LabelledStatement("arctic-shipping", Stance.Support, "The minister backed new Arctic routes.")).ToList();

        var error = Assert.Throws<InvalidDataException>(() => CrossEncoderTrainer.TopicsOf(lines, Topics));

        Assert.Contains("arctic-shipping", error.Message, StringComparison.Ordinal);
    }

    private sealed class SyncProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
