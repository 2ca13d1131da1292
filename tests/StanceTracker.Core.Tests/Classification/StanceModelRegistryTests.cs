using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Core.Tests.Classification;

public sealed class StanceModelRegistryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static StanceModelRegistry WithKeywords() => new([.. StanceModelKinds.BuiltIn(), new KeywordModelKind()]);

    [Fact]
    public void A_fourth_kind_trains_loads_and_is_evaluated_through_the_registry()
    {
        var models = WithKeywords();
        var lines = TrainingData.Load(ClassifierFixture.FixturePath);
        var kind = models.Get(KeywordModelKind.KindId);

        var trained = kind.Train(new StanceModelTraining(lines, _root, new StanceModelOptions()));

        Assert.Equal([kind], models.TrainingOrder(kind));
        Assert.Same(kind, models.FindSaved(trained.Directory));
        Assert.Null(models.FindSaved(_root)); // no fast model or SVM was saved beside it
        var loaded = models.LoadSaved(trained.Directory);
        Assert.Equal(trained.Classifier.Version, loaded.Version);
        var report = ClassifierEvaluator.Evaluate(ClassifierEvaluator.Outcomes(loaded, lines), loaded.MajorityStance);
        Assert.Equal(lines.Count, report.Lines);
        // Evaluated on the lines it learnt from, the keywords beat the baselines the figures are compared with.
        Assert.True(report.TopicMacroF1 > report.TopicBaselineMacroF1, report.Format("keywords"));
        Assert.True(report.StanceMacroF1 > report.StanceBaselineMacroF1, report.Format("keywords"));
    }

    [Fact]
    public void Auto_takes_a_current_model_of_a_preferred_kind_and_falls_back_once_the_training_data_changes()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(Path.Combine(data, "training"));
        var lines = File.ReadAllLines(ClassifierFixture.FixturePath);
        File.WriteAllLines(Path.Combine(data, "training", "train-x.tsv"), lines);
        var models = WithKeywords();
        Assert.Equal(StanceModelKinds.FastId, models.ResolveAuto(data).Id);

        var first = models.Get(KeywordModelKind.KindId).LoadOrTrain(data, cancellation: TestContext.Current.CancellationToken);

        Assert.Equal(KeywordModelKind.KindId, models.ResolveAuto(data).Id);
        Assert.Equal(first.Version, models.Resolve(null, data).LoadOrTrain(data, cancellation: TestContext.Current.CancellationToken).Version);
        File.WriteAllLines(Path.Combine(data, "training", "train-x.tsv"), [.. lines, "ceasefire\tsupport\tThe envoy welcomed the truce."]);
        Assert.Equal(StanceModelKinds.FastId, models.ResolveAuto(data).Id);
    }

    [Fact]
    public void Ids_parse_in_any_case_auto_means_none_yet_and_an_unknown_id_names_the_known_ones()
    {
        var models = WithKeywords();

        Assert.Equal(["fast", "transformer", "svm", "keyword"], models.Ids);
        Assert.True(models.TryParse(" Keyword ", out var keyword));
        Assert.Equal(KeywordModelKind.KindId, keyword!.Id);
        Assert.True(models.TryParse(StanceModelRegistry.AutoId, out var auto));
        Assert.Null(auto);
        Assert.False(models.TryParse("forest", out _));
        var error = Assert.Throws<ArgumentException>(() => models.Get("forest"));
        Assert.Contains("fast, transformer, svm, keyword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_transformer_is_trained_after_the_fast_model_it_builds_on()
    {
        var models = StanceModelKinds.BuiltInRegistry();

        Assert.Equal(["fast", "transformer"], models.TrainingOrder(models.Get("transformer")).Select(k => k.Id));
        Assert.Equal(["svm"], models.TrainingOrder(models.Get("svm")).Select(k => k.Id));
    }

    [Fact]
    public void Kinds_with_the_same_id_or_the_id_auto_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new StanceModelRegistry([new KeywordModelKind(), new KeywordModelKind()]));
        Assert.Throws<ArgumentException>(() => new StanceModelRegistry([]));
        Assert.Throws<ArgumentException>(() => new StanceModelRegistry([StanceModelKinds.BuiltIn()[1]])); // the transformer without its gate
    }
}
