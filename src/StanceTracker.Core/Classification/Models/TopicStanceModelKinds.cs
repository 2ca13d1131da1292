using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StanceTracker.Core.Classification.Models;

/// <summary>
/// A kind trained by <see cref="ClassifierTrainer"/> and saved as model.json and ML.NET zips; the fast model and the
/// SVM baseline differ only in their <see cref="TopicStanceRecipe"/>, and take each other's place in a models folder.
/// </summary>
internal abstract class TopicStanceModelKind(TopicStanceRecipe recipe) : IStanceModelKind
{
    public abstract string Id { get; }
    public abstract string Description { get; }
    public abstract bool PreferredWhenCurrent { get; }
    public string? BuildsOn => null;

    /// <summary>What the model is, after its version in the training report.</summary>
    protected abstract string Describe(StanceClassifier trained);

    public string ModelDirectory(string modelsDirectory) => modelsDirectory;

    public bool IsSaved(string directory) => StanceClassifier.SavedKind(directory) == recipe.ManifestKind;

    public bool IsCurrent(string dataDirectory) => StanceClassifier.IsCurrent(dataDirectory, recipe);

    public IEvaluableClassifier Load(string directory) => StanceClassifier.Load(directory);

    public TrainedStanceModel Train(StanceModelTraining training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var watch = Stopwatch.StartNew();
        var settings = training.Options.Classifier ?? new ClassifierSettings();
        var directory = ModelDirectory(training.ModelsDirectory);
        var result = ClassifierTrainer.Train(training.Lines, settings, recipe, Path.Combine(directory, StanceClassifier.EmbeddingCacheFile), training.Progress);
        result.Classifier.Save(directory);
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Model {result.Classifier.Version} ({Describe(result.Classifier)})")
            .AppendLine(result.Notes)
            .AppendLine(result.CrossValidation.Format($"{settings.Folds}-fold cross-validation (topic thresholds tuned on the same out-of-fold scores); baseline = per-topic majority"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"saved to {directory} in {watch.Elapsed.TotalSeconds:0.0} s"));
        return new TrainedStanceModel(result.Classifier, directory, report.ToString());
    }

    public IEvaluableClassifier LoadOrTrain(string dataDirectory, StanceModelOptions? options = null, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default) =>
        StanceClassifier.LoadOrTrain(dataDirectory, recipe, progress, options?.Classifier);
}

/// <summary>The fast model: MiniLM embeddings, n-grams and stance cues in ML.NET linear models.</summary>
internal sealed class FastModelKind() : TopicStanceModelKind(new EmbeddingRecipe())
{
    public const string KindId = "fast";

    public override string Id => KindId;
    public override string Description => "MiniLM embeddings, n-grams and stance cues in linear models (about two minutes to train)";
    public override bool PreferredWhenCurrent => false;

    protected override string Describe(StanceClassifier trained) => $"MiniLM + n-grams + cues, stance {trained.StanceMode}";
}

/// <summary>The baseline: linear SVMs on word and character n-grams.</summary>
internal sealed class SvmModelKind() : TopicStanceModelKind(new SvmRecipe())
{
    public override string Id => "svm";
    public override string Description => "the baseline: linear SVMs on word 1-3 and char 1-5 grams, in the fast model's place";
    public override bool PreferredWhenCurrent => false;

    protected override string Describe(StanceClassifier trained) => "baseline: linear SVM on word 1-3 and char 1-5 grams";
}
