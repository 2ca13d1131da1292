using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace StanceTracker.Core.Classification;

/// <summary>
/// The baseline: a linear SVM on word 1–3 and character n-grams only (no embedding, no cues), one model per topic over
/// five classes (absent, support, open, neutral, oppose), one-versus-all hinge-loss SDCA (SdcaNonCalibrated with HingeLoss).
/// </summary>
internal sealed class SvmBaselineModel : TopicStanceModel
{
    private readonly ITransformer _featurizer;
    private readonly ITransformer?[] _models;
    private readonly uint[] _constant;

    private SvmBaselineModel(MLContext ml, IReadOnlyList<string> topics, ITransformer featurizer, ITransformer?[] models, uint[] constant)
        : base(ml, topics)
    {
        _featurizer = featurizer;
        _models = models;
        _constant = constant;
    }

    public override string Kind => "svm";
    public override bool NeedsEmbeddings => false;

    /// <summary>The small grid searched by cross-validation: (L2 regularisation, i.e. 1/C, and the number of SDCA passes).</summary>
    public static readonly IReadOnlyList<(float Lambda, int Iterations)> Grid = [(1e-4f, 10), (1e-3f, 10), (1e-2f, 10)];

    public static SvmBaselineModel Train(MLContext ml, TrainingSet data, float lambda, int iterations, int seed)
    {
        var rows = Enumerable.Range(0, data.Count).Select(i => data.Features.Row(i)).ToList();
        var featurizer = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, MaximumNgramsCount = [20_000, 20_000, 20_000] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = true, MaximumNgramsCount = [1_000, 5_000, 20_000, 20_000, 20_000] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(ModelRow.Text)).Fit(ml.Data.LoadFromEnumerable(rows));
        var models = new ITransformer?[data.Topics.Count];
        var constant = new uint[data.Topics.Count];
        var features = Materialize(featurizer.Transform(ml.Data.LoadFromEnumerable(rows)), "Features");
        Parallel.For(0, data.Topics.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, t =>
        {
            var topic = t;
            var local = new MLContext(seed);
            uint Key(int i) => data.Labels[i].TryGetValue(topic, out var s) ? (uint)s + 2 : 1;
            var classes = Enumerable.Range(0, data.Count).Select(Key).Distinct().ToList();
            if (classes.Count < 2)
            {
                constant[t] = classes.FirstOrDefault(1u);
                return;
            }
            var view = VectorView(local, features, "Features", i => new VectorRow { ClassKey = Key(i) });
            // Hinge-loss SDCA is a linear SVM; it is far faster than Pegasos (LinearSvm) on ~10^5 sparse n-gram features.
            var svm = local.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LossFunction = new HingeLoss(),
                L2Regularization = lambda,
                L1Regularization = 0,
                MaximumNumberOfIterations = iterations,
                NumberOfThreads = 1,
                Shuffle = false,
                FeatureColumnName = "Features",
                LabelColumnName = nameof(VectorRow.ClassKey), // OneVersusAll rewrites it to "this class or not"
            });
            models[t] = local.MulticlassClassification.Trainers.OneVersusAll(svm, labelColumnName: nameof(VectorRow.ClassKey), useProbabilities: false)
                .Fit(view);
        });
        return new SvmBaselineModel(ml, data.Topics, featurizer, models, constant);
    }

    private float[][] ClassScores(FeatureBatch batch, int t)
    {
        if (_models[t] is not { } model)
        {
            return Enumerable.Range(0, batch.Count).Select(_ => Enumerable.Range(1, 5).Select(k => k == _constant[t] ? 1f : 0f).ToArray()).ToArray();
        }
        var view = _featurizer.Transform(View(Enumerable.Range(0, batch.Count).Select(i => batch.Row(i))));
        return Column(model.Transform(view), "Score", batch.Count);
    }

    public override float[][] TopicScores(FeatureBatch batch)
    {
        var result = Enumerable.Range(0, batch.Count).Select(_ => new float[Topics.Count]).ToArray();
        for (var t = 0; t < Topics.Count; t++)
        {
            var scores = ClassScores(batch, t);
            for (var i = 0; i < batch.Count; i++)
            {
                // Margin of the best stance class over "absent", squashed; its threshold is tuned by cross-validation like the main model's.
                var margin = scores[i].Skip(1).Max() - scores[i][0];
                result[i][t] = (float)(1 / (1 + Math.Exp(-margin)));
            }
        }
        return result;
    }

    public override float[][] StanceScores(FeatureBatch batch, IReadOnlyList<int> topicOf)
    {
        var result = new float[batch.Count][];
        foreach (var group in Enumerable.Range(0, batch.Count).GroupBy(i => topicOf[i]))
        {
            var indices = group.ToList();
            var scores = ClassScores(batch.Subset(indices), group.Key);
            for (var k = 0; k < indices.Count; k++)
            {
                var best = ArgMax(scores[k].Skip(1).ToArray());
                result[indices[k]] = Enumerable.Range(0, 4).Select(s => s == best ? 1f : 0f).ToArray();
            }
        }
        return result;
    }

    private static int ArgMax(float[] v)
    {
        var best = 0;
        for (var i = 1; i < v.Length; i++)
        {
            if (v[i] > v[best])
            {
                best = i;
            }
        }
        return best;
    }

    public override void Save(string directory)
    {
        var inputSchema = Ml.Data.LoadFromEnumerable(new List<ModelRow>()).Schema;
        Ml.Model.Save(_featurizer, inputSchema, Path.Combine(directory, "featurizer.zip"));
        var featurized = _featurizer.GetOutputSchema(inputSchema);
        for (var t = 0; t < _models.Length; t++)
        {
            if (_models[t] is { } m)
            {
                Ml.Model.Save(m, featurized, Path.Combine(directory, $"svm-{t:D3}.zip"));
            }
        }
        File.WriteAllText(Path.Combine(directory, "svm-constant.json"), System.Text.Json.JsonSerializer.Serialize(_constant));
    }

    public static SvmBaselineModel Load(MLContext ml, string directory, IReadOnlyList<string> topics)
    {
        var featurizer = ml.Model.Load(Path.Combine(directory, "featurizer.zip"), out _);
        var models = Enumerable.Range(0, topics.Count).Select(t =>
            File.Exists(Path.Combine(directory, $"svm-{t:D3}.zip")) ? ml.Model.Load(Path.Combine(directory, $"svm-{t:D3}.zip"), out _) : null).ToArray();
        var constant = System.Text.Json.JsonSerializer.Deserialize<uint[]>(File.ReadAllText(Path.Combine(directory, "svm-constant.json")))!;
        return new SvmBaselineModel(ml, topics, featurizer, models, constant);
    }
}
