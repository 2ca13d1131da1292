using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>What cross-encoder.json records beside the weights.</summary>
internal sealed record CrossEncoderManifest(
    string Kind, string Version, string BaseModel, IReadOnlyList<string> Topics, IReadOnlyList<string> Propositions,
    Temperatures Temperatures, CrossEncoderSettings Settings, CalibrationCheck Calibration, int Examples, int Steps, double TrainingSeconds,
    string TrainingDataHash, float[] HeadWeight, float[] HeadBias);

/// <summary>
/// The transformer stance classifier. For each statement, the fast model (<see cref="StanceClassifier"/>) proposes a few
/// candidate topics, cheaply and with high recall (<see cref="CrossEncoderSettings.GateRatio"/>); the fine-tuned
/// cross-encoder then reads the statement against each candidate's proposition, and its calibrated probabilities
/// (about the topic or not; which stance) are blended with the fast model's (<see cref="FastWeight"/>) to decide
/// whether the statement takes a position on it and which. Confidence is the blended probability of that (topic, stance). Anaphoric statements ("Meloni
/// opposed the idea") are read with the sentence before them when they say nothing on their own. Thread-safe.
/// </summary>
public sealed class TransformerStanceClassifier : IEvaluableClassifier, IDisposable
{
    public const string Kind = "cross-encoder";
    public const string FolderName = "transformer";
    private const string ManifestFile = "cross-encoder.json";
    private const string EncoderFile = "cross-encoder.onnx";
    private const int BatchSize = 32;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly OnnxCrossEncoder _model;
    private readonly CrossEncoderManifest _manifest;
    private byte[]? _unsavedEncoder;
    private readonly StanceClassifier _gate;
    private readonly PairTokenizer _tokenizer;
    private readonly int[][] _propositions;
    private readonly int[] _gateTopic;
    private readonly int[] _fastIndex;

    private TransformerStanceClassifier(byte[] encoder, CrossEncoderManifest manifest, StanceClassifier gate)
    {
        _model = new OnnxCrossEncoder(encoder, manifest.HeadWeight, manifest.HeadBias);
        _manifest = manifest;
        _gate = gate;
        _tokenizer = new PairTokenizer(manifest.Settings.MaxLength);
        _propositions = manifest.Propositions.Select(_tokenizer.Tokens).ToArray();
        // Our topic index for each of the gate's topics (-1: the cross-encoder was not trained on it).
        _gateTopic = gate.Topics.Select(id => manifest.Topics.ToList().IndexOf(id)).ToArray();
        _fastIndex = manifest.Topics.Select(id => gate.Topics.ToList().IndexOf(id)).ToArray();
    }

    /// <summary>
    /// How much the fast model's reading counts beside the cross-encoder's, in both decisions (about the topic, which
    /// stance). Each errs where the other does not: the fast model recalls topics the cross-encoder misses in official
    /// prose, the cross-encoder reads negation and evaluation the fast model cannot. Equal weights: on the held-out
    /// file the blend beat both the fast model and the cross-encoder alone when it was chosen (README, "Figures").
    /// </summary>
    private const double FastWeight = 0.5;

    /// <summary>The trained weights' version and the blend it is read with: positions record both.</summary>
    public string Version => $"{_manifest.Version}+fast{FastWeight * 100:0}";

    public IReadOnlyList<string> Topics => _manifest.Topics;

    public Temperatures Temperatures => _manifest.Temperatures;

    public CalibrationCheck Calibration => _manifest.Calibration;

    /// <summary>How the saved model was trained: examples, optimiser steps and wall time.</summary>
    public (int Examples, int Steps, double Seconds) Training => (_manifest.Examples, _manifest.Steps, _manifest.TrainingSeconds);

    internal string TrainingDataHash => _manifest.TrainingDataHash;

    /// <summary>The gate's: both are trained on the same lines.</summary>
    public IReadOnlyDictionary<string, Stance> MajorityStance => _gate.MajorityStance;

    /// <summary>Where the transformer lives under a models folder.</summary>
    public static string ModelDirectory(string modelsDir) => Path.Combine(modelsDir, FolderName);

    /// <summary>Fine-tunes a cross-encoder on <paramref name="lines"/> (minutes: see the README) and wraps it with <paramref name="gate"/>.</summary>
    public static TransformerStanceClassifier Train(
        IReadOnlyList<LabelledStatement> lines, IReadOnlyList<Topic> topics, StanceClassifier gate, CrossEncoderSettings settings,
        string? embeddingCachePath = null, IProgress<TrainingProgress>? progress = null, int threads = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var cache = embeddingCachePath is null ? null : new EmbeddingCache(embeddingCachePath);
        var trained = CrossEncoderTrainer.Train(lines, topics, settings, cache, progress, threads, cancellation);
        var dataHash = DataHash(lines, trained.Topics, settings);
        var (headWeight, headBias) = trained.Module.HeadParameters();
        var manifest = new CrossEncoderManifest(
            Kind, $"xenc-{dataHash[..12]}", "sentence-transformers/all-MiniLM-L6-v2", trained.Topics.Select(t => t.Id).ToList(),
            trained.Topics.Select(t => t.Proposition).ToList(), trained.Temperatures, settings, trained.Check, trained.Examples, trained.Steps,
            Math.Round(trained.Duration.TotalSeconds, 1), dataHash, headWeight, headBias);
        var encoder = MiniLmCheckpoint.FineTuned(trained.Module.EncoderState());
        trained.Module.Dispose();
        return new TransformerStanceClassifier(encoder, manifest, gate) { _unsavedEncoder = encoder };
    }

    /// <summary>
    /// A hash of what the model learnt from: the labelled lines, the propositions read against, the settings and the
    /// version of this code's training recipe. A saved model whose hash differs is stale.
    /// </summary>
    public static string DataHash(IReadOnlyList<LabelledStatement> lines, IReadOnlyList<Topic> topics, CrossEncoderSettings settings)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(ClassifierTrainer.DataHash(lines)));
        foreach (var topic in topics)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{topic.Id}\t{topic.Proposition}\n"));
        }
        sha.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(settings)));
        sha.AppendData(Encoding.UTF8.GetBytes(RecipeVersion));
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    // Changes whenever training or the model's shape changes in a way the settings do not show.
    private const string RecipeVersion = "xenc-recipe-2";

    /// <summary>
    /// Loads <c>dataDir/models/transformer</c>, or fine-tunes it there first when it is missing or was trained on other
    /// lines, topics or settings than <c>dataDir</c> holds now (minutes; <paramref name="progress"/> tells how far).
    /// One process trains at a time; others wait and load its result. <paramref name="gate"/> is the fast model
    /// trained on the same folder.
    /// </summary>
    public static TransformerStanceClassifier LoadOrTrain(
        string dataDir, StanceClassifier gate, IProgress<TrainingProgress>? progress = null, CrossEncoderSettings? settings = null,
        int threads = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(gate);
        settings ??= new CrossEncoderSettings();
        var modelsDir = StanceClassifier.ModelDirectory(dataDir);
        var dir = ModelDirectory(modelsDir);
        var (lines, topics, hash) = Inputs(dataDir, settings);
        if (ReadManifest(dir)?.TrainingDataHash == hash)
        {
            return Load(dir, gate);
        }
        Directory.CreateDirectory(dir);
        using var trainingLock = StanceClassifier.AcquireTrainingLock(dir, progress);
        if (ReadManifest(dir)?.TrainingDataHash == hash)
        {
            return Load(dir, gate);
        }
        var classifier = Train(lines, topics, gate, settings, Path.Combine(modelsDir, StanceClassifier.EmbeddingCacheFile), progress, threads, cancellation);
        classifier.Save(dir);
        return classifier;
    }

    /// <summary>Whether <c>dataDir/models/transformer</c> holds a model trained on what <c>dataDir</c> holds now.</summary>
    public static bool IsCurrent(string dataDir, CrossEncoderSettings? settings = null)
    {
        var dir = ModelDirectory(StanceClassifier.ModelDirectory(dataDir));
        return ReadManifest(dir) is { } saved && saved.TrainingDataHash == Inputs(dataDir, settings ?? new CrossEncoderSettings()).Hash;
    }

    private static (IReadOnlyList<LabelledStatement> Lines, IReadOnlyList<Topic> Topics, string Hash) Inputs(string dataDir, CrossEncoderSettings settings)
    {
        var lines = TrainingData.Load(StanceClassifier.TrainingDirectory(dataDir));
        var topics = TopicCatalog.Load(Path.Combine(dataDir, "topics.json"));
        return (lines, topics, DataHash(lines, CrossEncoderTrainer.TopicsOf(lines, topics), settings));
    }

    public void Save(string dir)
    {
        Directory.CreateDirectory(dir);
        var manifestPath = Path.Combine(dir, ManifestFile);
        // The manifest is written last: a folder with weights but no manifest holds no model.
        File.Delete(manifestPath);
        if (_unsavedEncoder is null)
        {
            throw new InvalidOperationException("only a model trained in this process can be saved; a loaded one is already on disk");
        }
        File.WriteAllBytes(Path.Combine(dir, EncoderFile), _unsavedEncoder);
        ModelFiles.WriteAtomically(manifestPath, JsonSerializer.Serialize(_manifest, Json));
    }

    /// <summary>True when <paramref name="dir"/> holds a saved cross-encoder (its manifest).</summary>
    public static bool Exists(string dir) => File.Exists(Path.Combine(dir, ManifestFile));

    internal static CrossEncoderManifest? ReadManifest(string dir)
    {
        var path = Path.Combine(dir, ManifestFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<CrossEncoderManifest>(File.ReadAllText(path), Json) : null;
    }

    public static TransformerStanceClassifier Load(string dir, StanceClassifier gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var manifest = ReadManifest(dir) ?? throw new FileNotFoundException($"{dir}: no trained transformer ({ManifestFile} missing)", Path.Combine(dir, ManifestFile));
        return new TransformerStanceClassifier(File.ReadAllBytes(Path.Combine(dir, EncoderFile)), manifest, gate);
    }

    public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var result = new IReadOnlyList<PositionClaim>[inputs.Count];
        var own = Read(inputs.Select(i => i.Text).ToList());
        // "Meloni opposed the idea": nothing of its own; read it with the sentence it refers back to.
        var borrow = Enumerable.Range(0, inputs.Count)
            .Where(i => own[i].Count == 0 && !string.IsNullOrWhiteSpace(inputs[i].Context) && StanceClassifier.IsAnaphoric(inputs[i].Text))
            .ToList();
        var borrowed = borrow.Count == 0 ? [] : Read(borrow.Select(i => $"{inputs[i].Context} {inputs[i].Text}").ToList());
        for (var k = 0; k < borrow.Count; k++)
        {
            own[borrow[k]] = borrowed[k];
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            result[i] = own[i];
        }
        return result;
    }

    public IReadOnlyList<Stance?> StanceGivenTopic(IReadOnlyList<string> texts, IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(topics);
        var result = new Stance?[texts.Count];
        var known = Enumerable.Range(0, texts.Count).Where(i => _manifest.Topics.Contains(topics[i])).ToList();
        var pairs = known.Select(i => _tokenizer.Pair(_propositions[_manifest.Topics.ToList().IndexOf(topics[i])], _tokenizer.Tokens(Readable(texts[i])))).ToList();
        var logits = _model.Logits(pairs, BatchSize);
        for (var k = 0; k < known.Count; k++)
        {
            // Told the topic: the best of the four stances, whatever "not about it" scores.
            result[known[k]] = (Stance)CrossEncoderTrainer.BestStance(logits[k]);
        }
        return result;
    }

    /// <summary>The gate's candidate topics for each text, then the cross-encoder's decision on each (text, topic) pair.</summary>
    private List<PositionClaim>[] Read(IReadOnlyList<string> texts)
    {
        var claims = new List<PositionClaim>[texts.Count];
        var candidates = Candidates(texts);
        var pairs = new List<(int Text, int Topic)>();
        for (var i = 0; i < texts.Count; i++)
        {
            claims[i] = [];
            pairs.AddRange(candidates.Topics[i].Select(t => (i, t)));
        }
        if (pairs.Count == 0)
        {
            return claims;
        }
        var statementTokens = new Dictionary<int, int[]>();
        var encoded = pairs.Select(p =>
        {
            if (!statementTokens.TryGetValue(p.Text, out var tokens))
            {
                tokens = statementTokens[p.Text] = _tokenizer.Tokens(Readable(texts[p.Text]));
            }
            return _tokenizer.Pair(_propositions[p.Topic], tokens);
        }).ToList();
        var logits = _model.Logits(encoded, BatchSize);
        var fastTopic = candidates.Probabilities;
        var fastStances = _gate.StanceProbabilities(pairs.Select(p => texts[p.Text]).ToList(), pairs.Select(p => _fastIndex[p.Topic]).ToList());
        for (var k = 0; k < pairs.Count; k++)
        {
            var (text, topic) = pairs[k];
            // The fast model's topic score on the same scale as the cross-encoder's: its threshold maps to one half.
            var fastAbout = Math.Clamp(0.5 * fastTopic[text][_fastIndex[topic]] / _gate.Thresholds[_fastIndex[topic]], 0, 1);
            var about = (1 - FastWeight) * CrossEncoderTrainer.About(logits[k], _manifest.Temperatures.Relevance) + FastWeight * fastAbout;
            if (about < 0.5)
            {
                continue;
            }
            var read = CrossEncoderTrainer.StanceProbabilities(logits[k], _manifest.Temperatures.Stance);
            var stances = read.Select((p, s) => (1 - FastWeight) * p + FastWeight * fastStances[k][s]).ToArray();
            var best = Scores.ArgMax(stances.Select(p => (float)p).ToArray());
            var confidence = Math.Round(Math.Min(1, about) * stances[best], 3);
            claims[text].Add(new PositionClaim(
                _manifest.Topics[topic], (Stance)best, confidence, Version, confidence < _manifest.Settings.ReviewThreshold));
        }
        return claims;
    }

    /// <summary>
    /// For each text, the topics worth reading it against: those the gate scores at or above
    /// <see cref="CrossEncoderSettings.GateRatio"/> of its own threshold, best first, at most
    /// <see cref="CrossEncoderSettings.MaxCandidateTopics"/>.
    /// </summary>
    internal (List<int>[] Topics, float[][] Probabilities) Candidates(IReadOnlyList<string> texts)
    {
        var probabilities = _gate.TopicProbabilities(texts);
        var settings = _manifest.Settings;
        var topics = probabilities.Select(p => Enumerable.Range(0, p.Length)
            .Where(t => _gateTopic[t] >= 0 && p[t] >= settings.GateRatio * _gate.Thresholds[t])
            .OrderByDescending(t => p[t] / _gate.Thresholds[t])
            .Take(settings.MaxCandidateTopics)
            .Select(t => _gateTopic[t])
            .ToList()).ToArray();
        return (topics, probabilities);
    }

    /// <summary>What the cross-encoder reads of a statement: as it was trained (<see cref="CrossEncoderSettings.ReportedContentOnly"/>).</summary>
    private string Readable(string text) => _manifest.Settings.ReportedContentOnly ? ReportedContent.Of(text) : text;

    public void Dispose() => _model.Dispose();
}
