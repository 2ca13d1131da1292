using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Core.Classification.Models;

/// <summary>
/// One kind of stance model (the fast model, the transformer, the SVM baseline, ...): how it is trained from labelled
/// statements into a models folder, found and loaded there, and whether the copy there is current. Hosts train, load and
/// evaluate every kind the same way, through <see cref="StanceModelRegistry"/> and <see cref="IEvaluableClassifier"/>.
/// </summary>
public interface IStanceModelKind
{
    /// <summary>What a host calls it (<c>--model ID</c>); lower case, never <see cref="StanceModelRegistry.AutoId"/>.</summary>
    string Id { get; }

    /// <summary>One line for help texts.</summary>
    string Description { get; }

    /// <summary>
    /// True when <c>--model auto</c> takes this kind whenever a current one is saved: nobody trains it by accident, so a
    /// saved one was wanted. Otherwise auto takes the registry's first kind.
    /// </summary>
    bool PreferredWhenCurrent { get; }

    /// <summary>The kind whose model, saved in the same models folder, this one is built on (trained first), or null.</summary>
    string? BuildsOn { get; }

    /// <summary>Where this kind's model lives under a models folder (<c>data/models</c>, or <c>train --out DIR</c>).</summary>
    string ModelDirectory(string modelsDirectory);

    /// <summary>True when <paramref name="directory"/> holds a saved model of this kind.</summary>
    bool IsSaved(string directory);

    /// <summary>True when <c>dataDirectory/models</c> holds one trained on what <c>dataDirectory</c> holds now.</summary>
    bool IsCurrent(string dataDirectory);

    /// <summary>Loads the model saved in <paramref name="directory"/> (a folder <see cref="IsSaved"/> accepts).</summary>
    IEvaluableClassifier Load(string directory);

    /// <summary>Trains on <see cref="StanceModelTraining.Lines"/> and saves into <see cref="ModelDirectory"/> of the request's models folder.</summary>
    TrainedStanceModel Train(StanceModelTraining training);

    /// <summary>
    /// Loads the model in <c>dataDirectory/models</c>, training it there first from <c>dataDirectory/training</c> when it
    /// is missing or stale (one process at a time).
    /// </summary>
    IEvaluableClassifier LoadOrTrain(string dataDirectory, StanceModelOptions? options = null, IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellation = default);
}

/// <summary>What a training run may be told; each kind reads the part meant for it and ignores the rest.</summary>
public sealed record StanceModelOptions
{
    /// <summary>The ML.NET models' settings; null: their defaults (<c>train</c>) or the first-run settings (<c>LoadOrTrain</c>).</summary>
    public ClassifierSettings? Classifier { get; init; }

    /// <summary>The transformer's settings; null: those its kind was registered with.</summary>
    public CrossEncoderSettings? CrossEncoder { get; init; }

    /// <summary>The topic catalogue (topics.json), for kinds that read a statement against its topic's proposition.</summary>
    public string? TopicsFile { get; init; }

    /// <summary>CPU threads a kind may train with; 0: all cores.</summary>
    public int Threads { get; init; }
}

/// <summary>A training run: the labelled lines, the models folder to save under, and what to tell the kind.</summary>
public sealed record StanceModelTraining(
    IReadOnlyList<LabelledStatement> Lines, string ModelsDirectory, StanceModelOptions Options,
    IProgress<TrainingProgress>? Progress = null, CancellationToken Cancellation = default);

/// <summary>A trained and saved model, and what its training measured, readable (the <c>train</c> command prints it).</summary>
public sealed record TrainedStanceModel(IEvaluableClassifier Classifier, string Directory, string Report);
