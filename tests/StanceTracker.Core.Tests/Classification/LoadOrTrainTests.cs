using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class LoadOrTrainTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"), "data");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_data)!, recursive: true);

    [Fact]
    public void The_first_run_trains_from_data_training_and_the_next_loads_the_saved_model()
    {
        Directory.CreateDirectory(Path.Combine(_data, "training", "heldout"));
        File.Copy(ClassifierFixture.FixturePath, Path.Combine(_data, "training", "train-x.tsv"));
        // A held-out file in the sub-folder must not be trained on: a bad line there would stop training.
        File.WriteAllText(Path.Combine(_data, "training", "heldout", "heldout.tsv"), "not a header\n");
        var messages = new List<string>();

        var fractions = new List<double>();
        var first = StanceClassifier.LoadOrTrain(_data, new Progress(messages, fractions), new ClassifierSettings { Folds = 2 });

        Assert.True(File.Exists(Path.Combine(_data, "models", StanceClassifier.ManifestFile)));
        Assert.True(File.Exists(Path.Combine(_data, "models", StanceClassifier.EmbeddingCacheFile)));
        Assert.Contains(messages, m => m.Contains("Training the classifier", StringComparison.Ordinal));
        // A progress bar moves through training, not only at its end (the dashboard's banner shows it).
        Assert.Contains(fractions, f => f is > 0.3 and < 1);
        Assert.Equal(fractions.Order(), fractions);
        Assert.Equal(1.0, fractions[^1]);
        messages.Clear();
        var second = StanceClassifier.LoadOrTrain(_data, new Progress(messages));
        Assert.Empty(messages);
        Assert.Equal(first.Version, second.Version);
        var input = new[] { new ClassificationInput("Frederiksen ruled out sending troops to Ukraine.") };
        Assert.Equal(first.Classify(input)[0], second.Classify(input)[0]);
    }

    [Fact]
    public void A_model_trained_on_other_training_data_is_retrained()
    {
        Directory.CreateDirectory(Path.Combine(_data, "training"));
        var lines = File.ReadAllLines(ClassifierFixture.FixturePath);
        File.WriteAllLines(Path.Combine(_data, "training", "train-x.tsv"), lines);
        var settings = new ClassifierSettings { Folds = 2 };
        var first = StanceClassifier.LoadOrTrain(_data, progress: null, settings);

        // An analyst adds a labelled line: the saved model no longer reflects data/training.
        File.WriteAllLines(Path.Combine(_data, "training", "train-x.tsv"),
            [.. lines, "troops-in-ukraine\toppose\tThe Examplestan premier said on Monday that no soldiers of hers would go to Ukraine."]);
        var messages = new List<string>();
        var second = StanceClassifier.LoadOrTrain(_data, new Progress(messages), settings);

        Assert.NotEqual(first.TrainingDataHash, second.TrainingDataHash);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Contains(messages, m => m.Contains("other training data", StringComparison.Ordinal));
        Assert.Equal(second.Version, StanceClassifier.Load(Path.Combine(_data, "models")).Version);
    }

    private sealed class Progress(List<string> messages, List<double>? fractions = null) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            messages.Add(value.Message);
            fractions?.Add(value.Fraction);
        }
    }
}
