using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML;

namespace StanceTracker.Core.Classification;

/// <summary>What model.json holds beside the ML.NET zips.</summary>
internal sealed record ModelManifest(
    string Kind, string Version, IReadOnlyList<string> Topics, IReadOnlyList<float> Thresholds, StanceMode StanceMode,
    double CalibrationA, double CalibrationB, ClassifierSettings Settings, IReadOnlyDictionary<string, string> MajorityStance, int TrainingLines,
    string? TrainingDataHash = null);

/// <summary>
/// The statement classifier: which topics a statement takes a position on (one-vs-rest, per-topic thresholds), and the
/// stance on each (conditioned on the topic), with a calibrated confidence. Statements with an anaphoric object ("the
/// idea", "such a move") and no confident topic of their own borrow the topics of <see cref="ClassificationInput.Context"/>.
/// Build one with <see cref="Load"/>, <see cref="LoadOrTrain(string, IProgress{TrainingProgress}, ClassifierSettings)"/>
/// or <see cref="ClassifierTrainer.Train(IReadOnlyList{LabelledStatement}, ClassifierSettings, string, IProgress{TrainingProgress})"/>.
/// Thread-safe for Classify.
/// </summary>
public sealed partial class StanceClassifier : IEvaluableClassifier
{
    public const string ManifestFile = "model.json";
    public const string EmbeddingCacheFile = "embeddings.cache";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly TopicStanceModel _model;
    private readonly ModelManifest _manifest;
    private readonly Lock _lock = new(); // ML.NET transformers are not documented as thread-safe

    internal StanceClassifier(TopicStanceModel model, ModelManifest manifest, RealTextCalibration? realText = null)
    {
        _model = model;
        _manifest = manifest;
        RealText = realText;
    }

    /// <summary>
    /// What this model's confidence means on real text, when a calibration fitted for it (same kind, same training
    /// data) is saved beside it; null otherwise, and the confidence is the model's own.
    /// </summary>
    public RealTextCalibration? RealText { get; }

    public string Version => _manifest.Version;
    public IReadOnlyList<string> Topics => _manifest.Topics;
    public IReadOnlyList<float> Thresholds => _manifest.Thresholds;
    public StanceMode StanceMode => _manifest.StanceMode;
    public string Kind => _manifest.Kind;

    /// <summary>Hash of the labelled lines and the feature pipeline the model was trained on (null for models saved before it was recorded).</summary>
    public string? TrainingDataHash => _manifest.TrainingDataHash;
    public IReadOnlyDictionary<string, Stance> MajorityStance => _manifest.MajorityStance.ToDictionary(p => p.Key, p => StanceNames.TryParse(p.Value, out var s) ? s : Stance.Neutral);

    /// <summary>Where the models live under a data folder.</summary>
    public static string ModelDirectory(string dataDir) => Path.Combine(dataDir, "models");

    /// <summary>Where the training corpus lives under a data folder.</summary>
    public static string TrainingDirectory(string dataDir) => Path.Combine(dataDir, "training");

    /// <summary>
    /// Loads the model saved in <paramref name="modelDir"/> (by <see cref="Save"/> or <c>stancetracker train --out</c>),
    /// with the real-text calibration saved beside it when it was fitted for this model and <paramref name="realText"/>.
    /// </summary>
    public static StanceClassifier Load(string modelDir, bool realText = true)
    {
        var manifest = ReadManifest(modelDir)
            ?? throw new FileNotFoundException($"{modelDir}: no trained model ({ManifestFile} missing)", Path.Combine(modelDir, ManifestFile));
        var recipe = TopicStanceRecipe.Known().FirstOrDefault(r => r.ManifestKind == manifest.Kind)
            ?? throw new InvalidDataException($"{modelDir}: unknown model kind '{manifest.Kind}' in {ManifestFile}");
        var model = recipe.Load(new MLContext(manifest.Settings.Seed), modelDir, manifest.Topics, manifest.StanceMode);
        return new StanceClassifier(model, manifest, realText ? RealTextFor(modelDir, manifest) : null);
    }

    /// <summary>The real-text calibration saved in <paramref name="modelDir"/> when it was fitted for this kind and training data, else null.</summary>
    private static RealTextCalibration? RealTextFor(string modelDir, ModelManifest manifest) =>
        RealTextCalibration.Load(modelDir) is { } calibration && calibration.ModelKind == manifest.Kind && calibration.TrainingDataHash == manifest.TrainingDataHash
            ? calibration
            : null;

    private static ModelManifest? ReadManifest(string modelDir)
    {
        var path = Path.Combine(modelDir, ManifestFile);
        if (!File.Exists(path))
        {
            return null;
        }
        return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty manifest");
    }

    /// <summary>
    /// Loads <c>dataDir/models</c>; when no model is there, or it was trained on other lines than
    /// <c>dataDir/training/*.tsv</c> hold now, trains one from them (reporting progress), saves it there and returns it.
    /// The first run trains as <c>stancetracker train</c> does by default (<see cref="FirstRunSettings"/>), so both give
    /// the same model from the same lines.
    /// </summary>
    public static StanceClassifier LoadOrTrain(string dataDir, IProgress<TrainingProgress>? progress = null, ClassifierSettings? settings = null) =>
        LoadOrTrain(dataDir, new EmbeddingRecipe(), progress, settings);

    internal static StanceClassifier LoadOrTrain(string dataDir, TopicStanceRecipe recipe, IProgress<TrainingProgress>? progress, ClassifierSettings? settings)
    {
        var modelDir = ModelDirectory(dataDir);
        var trainingDir = TrainingDirectory(dataDir);
        // Read once: the hash says whether a saved model is current, and the same lines train a new one if it is not.
        var lines = Directory.Exists(trainingDir) ? TrainingData.Load(trainingDir) : null;
        var dataHash = lines is null ? null : ClassifierTrainer.DataHash(lines);
        if (IsCurrent(modelDir, recipe, dataHash, trainingDir, progress))
        {
            return Load(modelDir);
        }
        // Several processes may start on a fresh checkout at once (the dashboard, the CLI, parallel test runs): one
        // trains, the others wait for the lock and then load what it saved. The manifest is written last.
        Directory.CreateDirectory(modelDir);
        using var trainingLock = AcquireTrainingLock(modelDir, progress);
        if (IsCurrent(modelDir, recipe, dataHash, trainingDir, progress: null))
        {
            return Load(modelDir);
        }
        progress?.Report(new TrainingProgress(0, $"Training the classifier in {modelDir} from {trainingDir} (first run, or the training data changed)..."));
        var result = ClassifierTrainer.Train(lines ?? TrainingData.Load(trainingDir), settings ?? FirstRunSettings, recipe, Path.Combine(modelDir, EmbeddingCacheFile), progress);
        // A stale manifest must not survive beside half-written new zips should saving be interrupted.
        File.Delete(Path.Combine(modelDir, ManifestFile));
        result.Classifier.Save(modelDir);
        progress?.Report(new TrainingProgress(1, $"Classifier {result.Classifier.Version} saved to {modelDir}."));
        // A real-text calibration saved for this training data applies from the first run on.
        var trained = result.Classifier;
        return RealTextFor(modelDir, trained._manifest) is { } realText ? new StanceClassifier(trained._model, trained._manifest, realText) : trained;
    }

    /// <summary>Whether <c>dataDir/models</c> holds a model of <paramref name="recipe"/>'s family trained on <c>dataDir/training</c> as it is now.</summary>
    internal static bool IsCurrent(string dataDir, TopicStanceRecipe recipe)
    {
        var trainingDir = TrainingDirectory(dataDir);
        var dataHash = Directory.Exists(trainingDir) ? ClassifierTrainer.DataHash(TrainingData.Load(trainingDir)) : null;
        return IsCurrent(ModelDirectory(dataDir), recipe, dataHash, trainingDir, progress: null);
    }

    /// <summary>The <c>kind</c> model.json in <paramref name="modelDir"/> names, or null when no model is saved there.</summary>
    public static string? SavedKind(string modelDir) => ReadManifest(modelDir)?.Kind;

    /// <summary>
    /// Whether a model of <paramref name="recipe"/>'s family is saved and was trained on the training data as it is now
    /// (<paramref name="dataHash"/>; null when there is no training folder to compare with). A model left behind by older
    /// training files, or an older feature pipeline, would silently classify with yesterday's knowledge. Only the manifest
    /// is read, not the model.
    /// </summary>
    private static bool IsCurrent(string modelDir, TopicStanceRecipe recipe, string? dataHash, string trainingDir, IProgress<TrainingProgress>? progress)
    {
        if (ReadManifest(modelDir) is not { } saved || saved.Kind != recipe.ManifestKind)
        {
            return false;
        }
        if (dataHash is null || saved.TrainingDataHash == dataHash)
        {
            return true;
        }
        progress?.Report(new TrainingProgress(0, $"The model in {modelDir} ({saved.Version}) was trained on other training data than {trainingDir} holds now."));
        return false;
    }

    /// <summary>One process trains in a models folder at a time; the others wait here, then load what it saved.</summary>
    internal static FileStream AcquireTrainingLock(string modelDir, IProgress<TrainingProgress>? progress)
    {
        var path = Path.Combine(modelDir, ".training.lock");
        var waited = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                if (!waited)
                {
                    progress?.Report(new TrainingProgress(0, $"Another process is training the classifier in {modelDir}; waiting for it..."));
                    waited = true;
                }
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>
    /// What <see cref="LoadOrTrain(string, IProgress{TrainingProgress}, ClassifierSettings)"/> trains with when given no
    /// settings: <c>stancetracker train</c>'s 5 folds, and the shared stance model that its comparison of both modes
    /// keeps on the default data, so a fresh checkout gets the very model the figures in the README were measured with
    /// (about 110 s on 2 cores with the embedding cache). With 3 folds the topic thresholds came out otherwise and
    /// dev-open read 0.612 instead of 0.638.
    /// </summary>
    public static ClassifierSettings FirstRunSettings { get; } = new() { StanceMode = StanceMode.Shared };

    public void Save(string modelDir)
    {
        Directory.CreateDirectory(modelDir);
        // A folder without a manifest holds no model: a save cut short (a kill, a full disk) leaves none, never a
        // manifest beside half-written or missing zips.
        var manifestPath = Path.Combine(modelDir, ManifestFile);
        File.Delete(manifestPath);
        foreach (var old in Directory.GetFiles(modelDir, "*.zip"))
        {
            File.Delete(old);
        }
        lock (_lock)
        {
            _model.Save(modelDir);
        }
        ModelFiles.WriteAtomically(manifestPath, JsonSerializer.Serialize(_manifest, Json));
    }

    public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        var result = new IReadOnlyList<PositionClaim>[inputs.Count];
        var own = Score(inputs.Select(i => i.Text).ToList());

        // Anaphora: "Meloni opposed the idea" has no topic of its own; take the confident topics of the sentence before.
        var borrow = Enumerable.Range(0, inputs.Count)
            .Where(i => own.Topics[i].Count == 0 && !string.IsNullOrWhiteSpace(inputs[i].Context) && IsAnaphoric(inputs[i].Text))
            .ToList();
        var borrowed = new Dictionary<int, List<(int Topic, float P)>>();
        if (borrow.Count > 0)
        {
            var context = Score(borrow.Select(i => inputs[i].Context!).ToList(), stances: false);
            for (var k = 0; k < borrow.Count; k++)
            {
                borrowed[borrow[k]] = context.Topics[k];
            }
            var pairs = borrowed.SelectMany(p => p.Value.Select(t => (Index: p.Key, t.Topic))).ToList();
            var stances = StanceDistributions(pairs.Select(p => inputs[p.Index].Text).ToList(), pairs.Select(p => p.Topic).ToList());
            for (var k = 0; k < pairs.Count; k++)
            {
                own.Stances[(pairs[k].Index, pairs[k].Topic)] = stances[k];
            }
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            var topics = borrowed.TryGetValue(i, out var b) ? b : own.Topics[i];
            result[i] = topics.Select(t => Claim(t.Topic, t.P, own.Stances[(i, t.Topic)])).ToList();
        }
        return result;
    }

    /// <summary>
    /// Each text's topic probabilities (one per <see cref="Topics"/> entry; a topic is assigned at or above its
    /// <see cref="Thresholds"/> entry). The transformer uses them to choose which topics to read a statement against.
    /// </summary>
    public float[][] TopicProbabilities(IReadOnlyList<string> texts)
    {
        var batch = Features(texts, _model.NeedsEmbeddings, _manifest.Settings.ReportedContentOnly);
        lock (_lock)
        {
            return _model.TopicScores(batch);
        }
    }

    /// <summary>The model's stance distribution (support, open, neutral, oppose) for each text on a topic, by index into <see cref="Topics"/>.</summary>
    public float[][] StanceProbabilities(IReadOnlyList<string> texts, IReadOnlyList<int> topics) => StanceDistributions(texts, topics);

    /// <summary>The stance the model gives each text on a given topic (told the topic), for evaluation.</summary>
    public IReadOnlyList<Stance?> StanceGivenTopic(IReadOnlyList<string> texts, IReadOnlyList<string> topics)
    {
        var known = Enumerable.Range(0, texts.Count).Where(i => IndexOf(topics[i]) >= 0).ToList();
        var result = new Stance?[texts.Count];
        var dists = StanceDistributions(known.Select(i => texts[i]).ToList(), known.Select(i => IndexOf(topics[i])).ToList());
        for (var k = 0; k < known.Count; k++)
        {
            result[known[k]] = (Stance)Scores.ArgMax(dists[k]);
        }
        return result;
    }

    private int IndexOf(string topic)
    {
        for (var t = 0; t < Topics.Count; t++)
        {
            if (Topics[t] == topic)
            {
                return t;
            }
        }
        return -1;
    }

    private PositionClaim Claim(int topic, float topicProbability, float[] stance)
    {
        var best = Scores.ArgMax(stance);
        var own = Math.Min(1.0, TopicConfidence(topicProbability)) * Calibrated(stance[best]);
        var confidence = Math.Round(RealText?.Apply(own) ?? own, 3);
        return new PositionClaim(Topics[topic], (Stance)best, confidence, Version, confidence < _manifest.Settings.ReviewThreshold);
    }

    // The SVM baseline's topic score is a squashed margin, not a calibrated probability; it is used as it is.
    private static double TopicConfidence(float p) => p;

    internal double Calibrated(float maxStanceProbability) =>
        1.0 / (1.0 + Math.Exp(-(_manifest.CalibrationA * maxStanceProbability + _manifest.CalibrationB)));

    private sealed record Scored(List<(int Topic, float P)>[] Topics, Dictionary<(int, int), float[]> Stances);

    private Scored Score(IReadOnlyList<string> texts, bool stances = true)
    {
        var batch = Features(texts, _model.NeedsEmbeddings, _manifest.Settings.ReportedContentOnly);
        float[][] probabilities;
        lock (_lock)
        {
            probabilities = _model.TopicScores(batch);
        }
        var topics = new List<(int, float)>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            topics[i] = [];
            for (var t = 0; t < Topics.Count; t++)
            {
                if (probabilities[i][t] >= Thresholds[t])
                {
                    topics[i].Add((t, probabilities[i][t]));
                }
            }
        }
        var map = new Dictionary<(int, int), float[]>();
        if (stances)
        {
            var pairs = Enumerable.Range(0, texts.Count).SelectMany(i => topics[i].Select(t => (i, t.Item1))).ToList();
            float[][] dists;
            lock (_lock)
            {
                dists = _model.StanceScores(batch.Subset(pairs.Select(p => p.i).ToList()), pairs.Select(p => p.Item2).ToList());
            }
            for (var k = 0; k < pairs.Count; k++)
            {
                map[pairs[k]] = dists[k];
            }
        }
        return new Scored(topics, map);
    }

    private float[][] StanceDistributions(IReadOnlyList<string> texts, IReadOnlyList<int> topics)
    {
        var batch = Features(texts, _model.NeedsEmbeddings, _manifest.Settings.ReportedContentOnly);
        lock (_lock)
        {
            return _model.StanceScores(batch, topics);
        }
    }

    internal static FeatureBatch Features(IReadOnlyList<string> texts, bool embeddings, bool reportedContent, EmbeddingCache? cache = null, IProgress<TrainingProgress>? progress = null)
    {
        if (reportedContent)
        {
            texts = texts.Select(ReportedContent.Of).ToList();
        }
        float[][]? vectors = null;
        if (embeddings)
        {
            vectors = cache is null ? SentenceEmbedder.Shared.Embed(texts) : cache.Embed(texts, SentenceEmbedder.Shared, progress);
        }
        return new FeatureBatch(texts, vectors, texts.Select(StanceCues.Extract).ToArray());
    }

    /// <summary>True when the statement's object is anaphoric ("the idea", "such a move", "this proposal", "it") or left out ("Putin has refused.").</summary>
    public static bool IsAnaphoric(string text) => NamesWhatItPointsBackTo(text) || EventPattern().IsMatch(text) || PronounPattern().IsMatch(text);

    /// <summary>
    /// True when the statement points back to a proposal by name ("the idea", "the debate", "this offer") or with an act
    /// whose object is left out ("Putin has refused."): the proposal may lie a few sentences up. "The meeting" or "the
    /// decision" name events a speech mentions all the time, and a bare "it" or "this" means the last thing said.
    /// </summary>
    public static bool NamesWhatItPointsBackTo(string text) => ProposalPattern().IsMatch(text);

    // "the idea", "such a move", not "the plan's author": a determiner, then the noun, not as a possessive.
    private const string PointingDeterminer = @"\b(the|this|that|such an?|these|those)\s+";
    private const string NotPossessive = @"\b(?!['\u2019]s)";

    [GeneratedRegex(PointingDeterminer + "(idea|ideas|move|moves|step|proposal|proposals|plan|plans|initiative|suggestion|offer|option|scenario|deployment|mission|request|demand|prospect|notion|approach|debate|speculation)" + NotPossessive + @"|\b(refused|refuses|rejected|rejects|accepted|accepts|agreed|agrees|disagreed|disagrees)(\s+(again|outright|flatly|so|too|repeatedly|once|more|twice|immediately|and))*\s*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalPattern();

    [GeneratedRegex(PointingDeterminer + "(decision|meeting|meetings|talks|discussions?|summit|comments|remarks)" + NotPossessive, RegexOptions.IgnoreCase)]
    private static partial Regex EventPattern();

    // "It is necessary to introduce a full embargo." is not anaphoric, but in a speech it goes on with the sentence
    // before, and borrowing its topic there was right about half the time over the releases: such "it" stays in.
    [GeneratedRegex(@"\b(it|this|that)\s*[.,;!?”""]|\bit\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounPattern();
}
