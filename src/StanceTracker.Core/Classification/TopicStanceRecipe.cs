using System.Globalization;
using Microsoft.ML;

namespace StanceTracker.Core.Classification;

/// <summary>
/// How one family of ML.NET topic-and-stance models is trained, chosen among its variants by cross-validation, and read
/// back: <see cref="ClassifierTrainer"/> runs the same folds, thresholds and calibration for every family, and
/// <see cref="StanceClassifier"/> wraps whichever model it gets.
/// </summary>
/// <param name="manifestKind">The <c>kind</c> in model.json, and the prefix of the model version.</param>
/// <param name="variantLabel">What the variants differ in, for the training notes.</param>
/// <param name="variantsShareTopicModels">True when the variants differ only in the stance model: the topic models of the first serve them all.</param>
internal abstract class TopicStanceRecipe(string manifestKind, bool needsEmbeddings, string variantLabel, bool variantsShareTopicModels)
{
    public string ManifestKind => manifestKind;

    public bool NeedsEmbeddings => needsEmbeddings;

    public string VariantLabel => variantLabel;

    public bool VariantsShareTopicModels => variantsShareTopicModels;

    /// <summary>The settings as recorded in the manifest and the version hash, which say which family was trained.</summary>
    public abstract ClassifierSettings Recorded(ClassifierSettings settings);

    public abstract bool ReadsReportedContent(ClassifierSettings settings);

    /// <summary>The variants cross-validation compares; one of them is kept.</summary>
    public abstract IReadOnlyList<string> Variants(ClassifierSettings settings);

    /// <param name="trainTopics">False when only the stance models are wanted (a variant sharing the first one's topic models).</param>
    public abstract TopicStanceModel Train(MLContext ml, TrainingSet data, int variant, ClassifierSettings settings, bool trainTopics);

    /// <summary>The cross-validation figure the kept variant is the best on.</summary>
    public abstract double Score(EvaluationReport crossValidation);

    public abstract StanceMode StanceModeOf(int variant, IReadOnlyList<string> variants);

    public abstract TopicStanceModel Load(MLContext ml, string directory, IReadOnlyList<string> topics, StanceMode mode);

    /// <summary>The families a saved model.json can name.</summary>
    public static IReadOnlyList<TopicStanceRecipe> Known() => [new EmbeddingRecipe(), new SvmRecipe()];
}

/// <summary>The fast model: <see cref="EmbeddingTopicStanceModel"/>, its variants the stance conditioning.</summary>
internal sealed class EmbeddingRecipe() : TopicStanceRecipe("minilm", needsEmbeddings: true, "stance mode", variantsShareTopicModels: true)
{
    public override ClassifierSettings Recorded(ClassifierSettings settings) => settings with { SvmBaseline = false };

    public override bool ReadsReportedContent(ClassifierSettings settings) => settings.ReportedContentOnly;

    public override IReadOnlyList<string> Variants(ClassifierSettings settings) =>
        (settings.StanceMode is { } fixedMode ? [fixedMode] : new[] { StanceMode.PerTopic, StanceMode.Shared }).Select(m => m.ToString()).ToList();

    public override TopicStanceModel Train(MLContext ml, TrainingSet data, int variant, ClassifierSettings settings, bool trainTopics) =>
        EmbeddingTopicStanceModel.Train(ml, data, StanceModeOf(variant, Variants(settings)), settings, trainTopics);

    public override double Score(EvaluationReport crossValidation) => crossValidation.PooledStanceMacroF1;

    public override StanceMode StanceModeOf(int variant, IReadOnlyList<string> variants) => Enum.Parse<StanceMode>(variants[variant]);

    public override TopicStanceModel Load(MLContext ml, string directory, IReadOnlyList<string> topics, StanceMode mode) =>
        EmbeddingTopicStanceModel.Load(ml, directory, topics, mode);
}

/// <summary>The baseline: <see cref="SvmBaselineModel"/>, its variants the regularisation grid; n-grams of the whole text only.</summary>
internal sealed class SvmRecipe() : TopicStanceRecipe("svm", needsEmbeddings: false, "grid", variantsShareTopicModels: false)
{
    public override ClassifierSettings Recorded(ClassifierSettings settings) => settings with { SvmBaseline = true };

    public override bool ReadsReportedContent(ClassifierSettings settings) => false;

    public override IReadOnlyList<string> Variants(ClassifierSettings settings) =>
        SvmBaselineModel.Grid.Select(g => $"svm lambda={g.Lambda.ToString(CultureInfo.InvariantCulture)} iterations={g.Iterations}").ToList();

    public override TopicStanceModel Train(MLContext ml, TrainingSet data, int variant, ClassifierSettings settings, bool trainTopics) =>
        SvmBaselineModel.Train(ml, data, SvmBaselineModel.Grid[variant].Lambda, SvmBaselineModel.Grid[variant].Iterations, settings.Seed);

    public override double Score(EvaluationReport crossValidation) => crossValidation.MacroF1;

    public override StanceMode StanceModeOf(int variant, IReadOnlyList<string> variants) => StanceMode.PerTopic;

    public override TopicStanceModel Load(MLContext ml, string directory, IReadOnlyList<string> topics, StanceMode mode) =>
        SvmBaselineModel.Load(ml, directory, topics);
}
