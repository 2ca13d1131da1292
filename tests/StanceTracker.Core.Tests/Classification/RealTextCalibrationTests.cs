using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class RealTextCalibrationTests
{
    /// <summary>Confidences 0.00..0.99 whose chance of being right rises with them, but not evenly.</summary>
    private static List<(double, bool)> Points() =>
        Enumerable.Range(0, 100).Select(i => (i / 100.0, i % 10 < (i < 50 ? 1 : i < 90 ? 4 : 9))).ToList();

    [Fact]
    public void The_fit_never_falls_as_confidence_rises_and_every_block_but_the_last_holds_enough_labels()
    {
        var fit = RealTextCalibration.Fit("minilm", "hash", "test", Points());

        Assert.True(fit.Steps.Count >= 2);
        Assert.All(fit.Steps.Zip(fit.Steps.Skip(1)), p => Assert.True(p.First.Right < p.Second.Right));
        Assert.All(fit.Steps, s => Assert.True(s.Count >= RealTextCalibration.MinimumBlock));
        Assert.Equal(100, fit.Steps.Sum(s => s.Count));
        Assert.Equal(0.1, fit.Steps[0].Right, 3);
        Assert.Equal(0.9, fit.Steps[^1].Right, 3);
    }

    [Fact]
    public void Applying_it_is_flat_beyond_the_ends_and_in_between_rises_with_the_confidence()
    {
        var fit = RealTextCalibration.Fit("minilm", "hash", "test", Points());

        Assert.Equal(fit.Steps[0].Right, fit.Apply(0.0), 6);
        Assert.Equal(fit.Steps[^1].Right, fit.Apply(1.0), 6);
        var mapped = Enumerable.Range(0, 101).Select(i => fit.Apply(i / 100.0)).ToList();
        Assert.All(mapped.Zip(mapped.Skip(1)), p => Assert.True(p.Second >= p.First));
    }

    [Fact]
    public void A_model_applies_a_saved_calibration_only_when_it_was_fitted_for_its_training_data()
    {
        var trained = ClassifierTrainer.Train(TrainingData.Load(ClassifierFixture.FixturePath), ClassifierFixture.Settings,
            Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"), "embeddings.cache")).Classifier;
        var folder = Path.Combine(Path.GetTempPath(), "stancetracker-tests", Guid.NewGuid().ToString("N"));
        try
        {
            trained.Save(folder);
            var input = new ClassificationInput("Prime Minister Frederiksen ruled out sending troops to Ukraine.");
            var own = trained.Classify([input])[0];
            Assert.NotEmpty(own);
            // Everything the model says is right a third of the time, whatever its confidence.
            var flat = new RealTextCalibration(trained.Kind, trained.TrainingDataHash!, "test", 40, [new CalibrationStep(0, 1, 40, 1 / 3.0)]);

            (flat with { TrainingDataHash = "other data" }).Save(folder);
            Assert.Null(StanceClassifier.Load(folder).RealText);
            Assert.Equal(own.Select(c => c.Confidence), StanceClassifier.Load(folder).Classify([input])[0].Select(c => c.Confidence));

            flat.Save(folder);
            var calibrated = StanceClassifier.Load(folder).Classify([input])[0];
            Assert.All(calibrated, c => Assert.Equal(0.333, c.Confidence, 3));
            Assert.All(calibrated, c => Assert.True(c.NeedsReview));
            Assert.Equal(own.Select(c => (c.TopicId, c.Stance)), calibrated.Select(c => (c.TopicId, c.Stance)));
            Assert.Null(StanceClassifier.Load(folder, realText: false).RealText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
