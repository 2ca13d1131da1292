using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.ML;

namespace StanceTracker.Core.Classification;

/// <summary>A trained classifier and its k-fold cross-validation figures.</summary>
public sealed record TrainingResult(StanceClassifier Classifier, EvaluationReport CrossValidation, string Notes);

/// <summary>
/// Trains a <see cref="StanceClassifier"/> from labelled statements: k-fold cross-validation over distinct texts (out-of-fold
/// scores tune each topic's threshold, choose among the <see cref="TopicStanceRecipe"/>'s variants (the fast model's stance
/// conditioning, the SVM's regularisation) and fit the Platt calibration of stance confidence), then a final fit on all
/// data. Deterministic for a given seed.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>Trains the fast model (MiniLM embeddings, n-grams and stance cues).</summary>
    public static TrainingResult Train(IReadOnlyList<LabelledStatement> lines, ClassifierSettings settings, string? embeddingCachePath = null,
        IProgress<TrainingProgress>? progress = null) =>
        Train(lines, settings, new EmbeddingRecipe(), embeddingCachePath, progress);

    internal static TrainingResult Train(IReadOnlyList<LabelledStatement> lines, ClassifierSettings settings, TopicStanceRecipe recipe,
        string? embeddingCachePath = null, IProgress<TrainingProgress>? progress = null)
    {
        settings = recipe.Recorded(settings);
        if (settings.Folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "at least 2 folds are needed");
        }
        var topics = lines.Where(l => l.HasTopic).Select(l => l.Topic).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        if (topics.Count == 0)
        {
            throw new InvalidDataException("the training data has no line with a topic other than 'none'");
        }
        var topicIndex = topics.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var (texts, labels, textIndex) = LabelledTexts.Group(lines, topicIndex);
        var cache = new EmbeddingCache(embeddingCachePath);
        // Embedding is most of a first run; the folds and the final fit share the rest.
        var features = StanceClassifier.Features(texts, recipe.NeedsEmbeddings, recipe.ReadsReportedContent(settings), cache, progress.Within(0, 0.5));
        var data = new TrainingSet { Topics = topics, Features = features, Labels = labels };

        // Folds over distinct texts, so a text labelled for two topics never sits on both sides.
        var order = Enumerable.Range(0, texts.Count).ToArray();
        new Random(settings.Seed).Shuffle(order);
        var fold = new int[texts.Count];
        for (var k = 0; k < order.Length; k++)
        {
            fold[order[k]] = k % settings.Folds;
        }

        var variants = recipe.Variants(settings);
        var topicScores = new float[variants.Count][][];
        var stanceScores = new Dictionary<(int Text, int Topic), float[]>[variants.Count];
        for (var v = 0; v < variants.Count; v++)
        {
            topicScores[v] = new float[texts.Count][];
            stanceScores[v] = [];
        }

        for (var f = 0; f < settings.Folds; f++)
        {
            progress?.Report(new TrainingProgress(0.5 + 0.4 * f / settings.Folds, $"Cross-validation fold {f + 1}/{settings.Folds}..."));
            var trainIdx = Enumerable.Range(0, texts.Count).Where(i => fold[i] != f).ToList();
            var testIdx = Enumerable.Range(0, texts.Count).Where(i => fold[i] == f).ToList();
            var train = data.Subset(trainIdx);
            var test = data.Subset(testIdx);
            var pairs = Enumerable.Range(0, testIdx.Count).SelectMany(k => test.Labels[k].Keys.Select(t => (k, t))).ToList();
            for (var v = 0; v < variants.Count; v++)
            {
                var ml = new MLContext(settings.Seed);
                var ownTopicModels = !recipe.VariantsShareTopicModels || v == 0;
                var model = recipe.Train(ml, train, v, settings, trainTopics: ownTopicModels);
                var scoredTopics = ownTopicModels ? model.TopicScores(test.Features) : null;
                var stances = model.StanceScores(test.Features.Subset(pairs.Select(p => p.k).ToList()), pairs.Select(p => p.t).ToList());
                for (var k = 0; k < testIdx.Count; k++)
                {
                    if (scoredTopics is not null)
                    {
                        topicScores[v][testIdx[k]] = scoredTopics[k];
                    }
                }
                for (var p = 0; p < pairs.Count; p++)
                {
                    stanceScores[v][(testIdx[pairs[p].k], pairs[p].t)] = stances[p];
                }
            }
        }
        if (recipe.VariantsShareTopicModels)
        {
            for (var v = 1; v < variants.Count; v++)
            {
                topicScores[v] = topicScores[0];
            }
        }

        var majority = topics.ToDictionary(t => t, t => lines.Where(l => l.Topic == t).GroupBy(l => l.Stance)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key, StringComparer.Ordinal);

        // Per-topic thresholds from the out-of-fold topic scores.
        var thresholds = new float[variants.Count][];
        var reports = new EvaluationReport[variants.Count];
        for (var v = 0; v < variants.Count; v++)
        {
            thresholds[v] = TuneThresholds(topicScores[v], labels, topics.Count);
            reports[v] = ClassifierEvaluator.Evaluate(Outcomes(lines, textIndex, topicIndex, topics, topicScores[v], stanceScores[v], thresholds[v]), majority);
        }
        var best = Enumerable.Range(0, variants.Count).OrderByDescending(v => recipe.Score(reports[v])).ThenBy(v => v).First();
        var notes = new StringBuilder();
        foreach (var v in Enumerable.Range(0, variants.Count))
        {
            notes.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {recipe.VariantLabel} {variants[v],-32} CV stance macro-F1 {reports[v].PooledStanceMacroF1:0.000}  macro_f1 {reports[v].MacroF1:0.000}{(v == best ? "  <- kept" : "")}"));
        }

        var (a, b) = FitPlatt(stanceScores[best].Select(p =>
            (p.Value.Max(), labels[p.Key.Text][p.Key.Topic] == (Stance)Scores.ArgMax(p.Value))).ToList());

        progress?.Report(new TrainingProgress(0.9, "Training the final model on all data..."));
        var finalMl = new MLContext(settings.Seed);
        var mode = recipe.StanceModeOf(best, variants);
        var final = recipe.Train(finalMl, data, best, settings, trainTopics: true);
        var version = $"{recipe.ManifestKind}-{Hash(lines, settings)}";
        var manifest = new ModelManifest(final.Kind, version, topics, thresholds[best], mode, a, b, settings,
            majority.ToDictionary(p => p.Key, p => p.Value.ToId()), lines.Count, DataHash(lines));
        return new TrainingResult(new StanceClassifier(final, manifest), reports[best], notes.ToString().TrimEnd());
    }

    private static List<LineOutcome> Outcomes(IReadOnlyList<LabelledStatement> lines, Dictionary<string, int> textIndex, Dictionary<string, int> topicIndex,
        IReadOnlyList<string> topics, float[][] topicScores, Dictionary<(int, int), float[]> stanceScores, float[] thresholds)
    {
        var result = new List<LineOutcome>(lines.Count);
        foreach (var line in lines)
        {
            var i = textIndex[line.Text];
            var predicted = new Dictionary<string, Stance>(StringComparer.Ordinal);
            for (var t = 0; t < topics.Count; t++)
            {
                if (topicScores[i][t] >= thresholds[t])
                {
                    // Stances are scored out of fold for the gold topics; a spurious topic's stance is not scored by any figure.
                    predicted[topics[t]] = stanceScores.TryGetValue((i, t), out var d) ? (Stance)Scores.ArgMax(d) : Stance.Neutral;
                }
            }
            Stance? given = line.HasTopic && stanceScores.TryGetValue((i, topicIndex[line.Topic]), out var g) ? (Stance)Scores.ArgMax(g) : null;
            result.Add(new LineOutcome(line, predicted, given));
        }
        return result;
    }

    /// <summary>
    /// Per topic, the threshold with the best cross-validated F1 averaged with its two neighbours' (ties to the one
    /// nearest 0.5). F1 over thresholds is a plateau with noise on it; the raw maximum picks a spike that moves with
    /// the seed, and with it how many real-news statements reach the topic.
    /// </summary>
    private static float[] TuneThresholds(float[][] scores, IReadOnlyList<IReadOnlyDictionary<int, Stance>> labels, int topicCount)
    {
        const int first = 2, last = 38;
        var thresholds = new float[topicCount];
        for (var t = 0; t < topicCount; t++)
        {
            var f1 = new double[last + 1];
            for (var step = first; step <= last; step++)
            {
                var threshold = step * 0.025f;
                int tp = 0, fp = 0, fn = 0;
                for (var i = 0; i < scores.Length; i++)
                {
                    var g = labels[i].ContainsKey(t);
                    var p = scores[i][t] >= threshold;
                    if (g && p) { tp++; } else if (p) { fp++; } else if (g) { fn++; }
                }
                f1[step] = ClassifierEvaluator.F1(tp, fp, fn);
            }
            var bestF1 = -1.0;
            var best = 0.5f;
            for (var step = first; step <= last; step++)
            {
                var threshold = step * 0.025f;
                var smoothed = (f1[Math.Max(first, step - 1)] + f1[step] + f1[Math.Min(last, step + 1)]) / 3;
                if (smoothed > bestF1 + 1e-9 || (Math.Abs(smoothed - bestF1) <= 1e-9 && Math.Abs(threshold - 0.5f) < Math.Abs(best - 0.5f)))
                {
                    bestF1 = smoothed;
                    best = threshold;
                }
            }
            thresholds[t] = best;
        }
        return thresholds;
    }

    /// <summary>Platt scaling: P(stance right) = 1 / (1 + exp(-(a·maxprob + b))), fitted by Newton's method on out-of-fold scores.</summary>
    internal static (double A, double B) FitPlatt(IReadOnlyList<(float Score, bool Correct)> points)
    {
        double a = 1, b = 0;
        if (points.Count == 0 || points.All(p => p.Correct) || points.All(p => !p.Correct))
        {
            return (0, points.Count == 0 ? 0 : Math.Log((points.Count(p => p.Correct) + 1.0) / (points.Count(p => !p.Correct) + 1.0)));
        }
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            foreach (var (x, y) in points)
            {
                var p = 1 / (1 + Math.Exp(-(a * x + b)));
                var r = p - (y ? 1 : 0);
                ga += r * x;
                gb += r;
                var w = p * (1 - p);
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            var det = haa * hbb - hab * hab;
            if (Math.Abs(det) < 1e-12)
            {
                break;
            }
            var da = (hbb * ga - hab * gb) / det;
            var db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-8)
            {
                break;
            }
        }
        return (a, b);
    }

    // Bumped whenever the features computed from a text change, so models trained on the old features are retrained.
    private const string FeaturePipeline = "features-v6";

    private static string Hash(IReadOnlyList<LabelledStatement> lines, ClassifierSettings settings)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendLines(sha, lines);
        sha.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(settings)));
        sha.AppendData(Encoding.UTF8.GetBytes(FeaturePipeline));
        return Convert.ToHexString(sha.GetHashAndReset())[..12].ToLowerInvariant();
    }

    /// <summary>Hash of the labelled lines and the feature pipeline, whatever the settings: tells whether a saved model is current.</summary>
    public static string DataHash(IReadOnlyList<LabelledStatement> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendLines(sha, lines);
        sha.AppendData(Encoding.UTF8.GetBytes(FeaturePipeline));
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    private static void AppendLines(IncrementalHash sha, IReadOnlyList<LabelledStatement> lines)
    {
        foreach (var line in lines)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{line.Topic}\t{line.Stance.ToId()}\t{line.Text}\n"));
        }
    }
}
