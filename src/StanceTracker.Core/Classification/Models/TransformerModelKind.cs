using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Core.Classification.Models;

/// <summary>
/// The fine-tuned cross-encoder (<see cref="TransformerStanceClassifier"/>), saved in <c>transformer/</c> under a models
/// folder and gated by the fast model saved in that folder.
/// </summary>
public sealed class TransformerModelKind(CrossEncoderSettings settings) : IStanceModelKind
{
    public const string KindId = "transformer";

    public string Id => KindId;
    public string Description => "the fine-tuned cross-encoder, gated by the fast model (about half an hour to train)";
    public bool PreferredWhenCurrent => true;
    public string? BuildsOn => FastModelKind.KindId;

    /// <summary>What <see cref="IsCurrent"/> and <see cref="LoadOrTrain(string, StanceModelOptions?, IProgress{TrainingProgress}?, CancellationToken)"/> train with unless told otherwise.</summary>
    public CrossEncoderSettings Settings => settings;

    public string ModelDirectory(string modelsDirectory) => TransformerStanceClassifier.ModelDirectory(modelsDirectory);

    public bool IsSaved(string directory) => TransformerStanceClassifier.Exists(directory);

    public bool IsCurrent(string dataDirectory) => TransformerStanceClassifier.IsCurrent(dataDirectory, settings);

    public IEvaluableClassifier Load(string directory) => TransformerStanceClassifier.Load(directory, StanceClassifier.Load(GateDirectory(directory)));

    public TrainedStanceModel Train(StanceModelTraining training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var watch = Stopwatch.StartNew();
        var topicsFile = training.Options.TopicsFile
            ?? throw new ArgumentException("the transformer reads statements against their topics' propositions: name the topics file", nameof(training));
        var gate = StanceClassifier.Load(training.ModelsDirectory);
        var transformer = TransformerStanceClassifier.Train(
            training.Lines, TopicCatalog.Load(topicsFile), gate, training.Options.CrossEncoder ?? settings,
            Path.Combine(training.ModelsDirectory, StanceClassifier.EmbeddingCacheFile), training.Progress, training.Options.Threads, training.Cancellation);
        var directory = ModelDirectory(training.ModelsDirectory);
        transformer.Save(directory);
        var check = transformer.Calibration;
        var report = string.Create(CultureInfo.InvariantCulture,
            $"Transformer {transformer.Version}: {transformer.Training.Steps} steps over {transformer.Training.Examples} pairs in {watch.Elapsed.TotalMinutes:0.0} min; "
            + $"held-out calibration pairs {check.Pairs}: topic right {check.RelevanceAccuracy:0.000}, stance right {check.StanceAccuracy:0.000} of {check.Positions}; saved to {directory}");
        return new TrainedStanceModel(transformer, directory, report);
    }

    public IEvaluableClassifier LoadOrTrain(string dataDirectory, StanceModelOptions? options = null, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default) =>
        LoadOrTrain(dataDirectory, StanceClassifier.LoadOrTrain(dataDirectory, progress, options?.Classifier), options, progress, cancellation);

    /// <summary>As the interface's, with the fast model a host already holds as the gate (it is not loaded twice).</summary>
    public TransformerStanceClassifier LoadOrTrain(string dataDirectory, StanceClassifier gate, StanceModelOptions? options = null,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default) =>
        TransformerStanceClassifier.LoadOrTrain(dataDirectory, gate, progress, options?.CrossEncoder ?? settings, options?.Threads ?? 0, cancellation);

    /// <summary>The folder above <c>transformer/</c>, where its gate is saved.</summary>
    private static string GateDirectory(string directory) => Path.GetDirectoryName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))!;
}
