using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Core.Classification;

/// <summary>The stance models a host can classify with.</summary>
public enum ClassifierModel
{
    /// <summary>MiniLM sentence embeddings, n-grams and stance cues in ML.NET linear models: trained in about two minutes, ~200 statements/s.</summary>
    Fast,

    /// <summary>The fine-tuned cross-encoder (<see cref="TransformerStanceClassifier"/>), gated by the fast model: trained in minutes, reads negation and scope.</summary>
    Transformer,
}

public static class ClassifierModels
{
    /// <summary>What <c>--model auto</c> and a host that names no model get: see <see cref="DefaultFor"/>.</summary>
    public const string AutoId = "auto";

    /// <summary>
    /// The model used when none is named: the transformer when <c>dataDir/models</c> holds one trained on the current
    /// training data (whoever trained it asked for it), else the fast model, so that no command starts a fine-tuning of
    /// half an hour unasked. Out of the box that is the fast model, which measures as well on real news (README, "Figures").
    /// </summary>
    public static ClassifierModel DefaultFor(string dataDir, CrossEncoderSettings? settings = null) =>
        TransformerStanceClassifier.IsCurrent(dataDir, settings) ? ClassifierModel.Transformer : ClassifierModel.Fast;

    public static string ToId(this ClassifierModel model) => model == ClassifierModel.Fast ? "fast" : "transformer";

    /// <summary>
    /// Reads <c>fast</c>, <c>transformer</c> or <c>auto</c>; <c>auto</c> gives null, the default, which the host resolves
    /// with <see cref="DefaultFor"/> only when it loads a classifier (a run that classifies nothing reads no model files).
    /// </summary>
    public static bool TryParse(string? text, out ClassifierModel? model)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "fast": model = ClassifierModel.Fast; return true;
            case "transformer": model = ClassifierModel.Transformer; return true;
            case AutoId: model = null; return true;
            default: model = null; return false;
        }
    }

    /// <summary>
    /// Loads <paramref name="model"/> from <c>dataDir/models</c>, training it first from <c>dataDir/training</c> when
    /// it is missing or stale (the fast model in about two minutes; the transformer, which needs the fast one as its gate,
    /// in about half an hour on 2 cores). <paramref name="progress"/> receives readable lines.
    /// </summary>
    public static IStatementClassifier LoadOrTrain(string dataDir, ClassifierModel model, IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        var fast = StanceClassifier.LoadOrTrain(dataDir, progress.AsMessages());
        if (model == ClassifierModel.Fast)
        {
            return fast;
        }
        return TransformerStanceClassifier.LoadOrTrain(dataDir, fast, progress.AsMessages(), cancellation: cancellation);
    }

    /// <summary>
    /// Loads a saved model folder: a transformer folder (<c>models/transformer</c>, its gate the fast model in the
    /// folder above) or a fast-model folder (<c>models</c>).
    /// </summary>
    public static IEvaluableClassifier LoadSaved(string dir)
    {
        if (TransformerStanceClassifier.Exists(dir))
        {
            var gateDir = Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar))!;
            return TransformerStanceClassifier.Load(dir, StanceClassifier.Load(gateDir));
        }
        return StanceClassifier.Load(dir);
    }

    /// <summary>True when <paramref name="dir"/> holds a saved model of either kind.</summary>
    public static bool IsSavedModel(string dir) =>
        TransformerStanceClassifier.Exists(dir) || File.Exists(Path.Combine(dir, StanceClassifier.ManifestFile));
}
