using Microsoft.ML.Data;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace StanceTracker.Core.Classification;

/// <summary>
/// The baseline: linear SVMs on word 1–3 and character 1–5 grams only (no embedding, no cues). Per topic, a binary SVM
/// for "takes a position on the topic" and a one-versus-all SVM over the four stances trained on that topic's lines;
/// all hinge-loss SDCA (SdcaNonCalibrated with HingeLoss).
/// </summary>
internal sealed class SvmBaselineModel : TopicStanceModel
{
    private readonly ITransformer _featurizer;
    private readonly ITransformer?[] _topicModels;
    private readonly ITransformer?[] _stanceModels;
    private readonly uint[] _constantStance;

    private SvmBaselineModel(MLContext ml, IReadOnlyList<string> topics, ITransformer featurizer, ITransformer?[] topicModels,
        ITransformer?[] stanceModels, uint[] constantStance) : base(ml, topics)
    {
        _featurizer = featurizer;
        _topicModels = topicModels;
        _stanceModels = stanceModels;
        _constantStance = constantStance;
    }

    public override string Kind => "svm";
    public override bool NeedsEmbeddings => false;

    /// <summary>The small grid searched by cross-validation: (L2 regularisation, i.e. 1/C, and the number of SDCA passes).</summary>
    public static readonly IReadOnlyList<(float Lambda, int Iterations)> Grid = [(1e-5f, 20), (1e-4f, 20), (1e-3f, 20), (1e-2f, 20)];

    private static SdcaNonCalibratedBinaryTrainer Svm(MLContext ml, float lambda, int iterations, string label) =>
        ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LossFunction = new HingeLoss(),
            L2Regularization = lambda,
            L1Regularization = 0,
            MaximumNumberOfIterations = iterations,
            NumberOfThreads = 1,
            Shuffle = true, // the corpus is grouped by topic; SDCA converges badly in that order (seeded: deterministic)
            FeatureColumnName = "Features",
            LabelColumnName = label,
        });

    public static SvmBaselineModel Train(MLContext ml, TrainingSet data, float lambda, int iterations, int seed)
    {
        var rows = Enumerable.Range(0, data.Count).Select(i => data.Features.Row(i)).ToList();
        var featurizer = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, MaximumNgramsCount = [20_000, 20_000, 20_000] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = true, MaximumNgramsCount = [1_000, 5_000, 20_000, 20_000, 20_000] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(ModelRow.Text)).Fit(ml.Data.LoadFromEnumerable(rows));
        var topicCount = data.Topics.Count;
        var topicModels = new ITransformer?[topicCount];
        var stanceModels = new ITransformer?[topicCount];
        var constant = new uint[topicCount];
        var features = Materialize(featurizer.Transform(ml.Data.LoadFromEnumerable(rows)), "Features");
        Parallel.For(0, topicCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, t =>
        {
            var local = new MLContext(seed);
            var positives = Enumerable.Range(0, data.Count).Where(i => data.Labels[i].ContainsKey(t)).ToList();
            if (positives.Count > 0 && positives.Count < data.Count)
            {
                var view = VectorView(local, features, "Features", i => new VectorRow { Label = data.Labels[i].ContainsKey(t) });
                topicModels[t] = Svm(local, lambda, iterations, nameof(VectorRow.Label)).Fit(view);
            }
            var stances = positives.Select(i => StanceKey(data.Labels[i][t])).ToList();
            if (stances.Distinct().Count() < 2)
            {
                constant[t] = stances.Count == 0 ? StanceKey(Stance.Neutral) : stances[0];
                return;
            }
            var subset = (positives.Select(i => features.Vectors[i]).ToArray(), features.Size);
            var stanceView = VectorView(local, subset, "Features", k => new VectorRow { StanceKey = stances[k] });
            stanceModels[t] = local.MulticlassClassification.Trainers.OneVersusAll(
                Svm(local, lambda, iterations, nameof(VectorRow.StanceKey)), labelColumnName: nameof(VectorRow.StanceKey), useProbabilities: false)
                .Fit(stanceView);
        });
        return new SvmBaselineModel(ml, data.Topics, featurizer, topicModels, stanceModels, constant);
    }

    // The SVM margin, squashed; its threshold is tuned by cross-validation like the main model's.
    public override float[][] TopicScores(FeatureBatch batch) =>
        PerTopicScores(batch, _featurizer, _topicModels,
            scored => scored.GetColumn<float>("Score").Select(margin => (float)(1 / (1 + Math.Exp(-margin)))).ToArray());

    public override float[][] StanceScores(FeatureBatch batch, IReadOnlyList<int> topicOf)
    {
        var result = new float[batch.Count][];
        foreach (var group in Enumerable.Range(0, batch.Count).GroupBy(i => topicOf[i]))
        {
            var indices = group.ToList();
            int[] best;
            if (_stanceModels[group.Key] is { } model)
            {
                var view = _featurizer.Transform(View(indices.Select(i => batch.Row(i))));
                best = Column(model.Transform(view), "Score", indices.Count).Select(Scores.ArgMax).ToArray();
            }
            else
            {
                best = indices.Select(_ => (int)_constantStance[group.Key] - 1).ToArray();
            }
            for (var k = 0; k < indices.Count; k++)
            {
                result[indices[k]] = Enumerable.Range(0, 4).Select(s => s == best[k] ? 1f : 0f).ToArray();
            }
        }
        return result;
    }

    public override void Save(string directory)
    {
        SaveTransformers(directory, _featurizer, ("svm-topic", _topicModels), ("svm-stance", _stanceModels));
        File.WriteAllText(Path.Combine(directory, "svm-constant.json"), System.Text.Json.JsonSerializer.Serialize(_constantStance));
    }

    public static SvmBaselineModel Load(MLContext ml, string directory, IReadOnlyList<string> topics)
    {
        var featurizer = ml.Model.Load(Path.Combine(directory, "featurizer.zip"), out _);
        var topicModels = LoadTransformers(ml, directory, "svm-topic", topics.Count);
        var stanceModels = LoadTransformers(ml, directory, "svm-stance", topics.Count);
        var constant = System.Text.Json.JsonSerializer.Deserialize<uint[]>(File.ReadAllText(Path.Combine(directory, "svm-constant.json")))!;
        return new SvmBaselineModel(ml, topics, featurizer, topicModels, stanceModels, constant);
    }
}
