using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace StanceTracker.Core.Classification;

/// <summary>How the stance model is conditioned on the topic.</summary>
public enum StanceMode
{
    /// <summary>One stance model per topic (trained on that topic's statements only).</summary>
    PerTopic,

    /// <summary>One stance model for all topics, with topic × word and topic × cue interaction features.</summary>
    Shared,
}

/// <summary>A trained scorer: topic probabilities per text and stance distributions per (text, topic).</summary>
internal abstract class TopicStanceModel
{
    protected TopicStanceModel(MLContext ml, IReadOnlyList<string> topics)
    {
        Ml = ml;
        Topics = topics;
    }

    protected MLContext Ml { get; }
    public IReadOnlyList<string> Topics { get; }
    public abstract string Kind { get; }
    public abstract bool NeedsEmbeddings { get; }

    /// <summary>[text][topic] probability (for the baseline a squashed margin) that the text takes a position on the topic.</summary>
    public abstract float[][] TopicScores(FeatureBatch batch);

    /// <summary>[row][stance] distribution over support, open, neutral, oppose for text i on topic topicOf[i].</summary>
    public abstract float[][] StanceScores(FeatureBatch batch, IReadOnlyList<int> topicOf);

    public abstract void Save(string directory);

    protected IDataView View(IEnumerable<ModelRow> rows) => Ml.Data.LoadFromEnumerable(rows.ToList());

    protected static float[][] Column(IDataView scored, string column, int count)
    {
        // Raw key k is scored at Score[k]; key 0 (missing) is never a class.
        var values = scored.GetColumn<float[]>(column).Select(v => v[1..]).ToArray();
        return values.Length == count ? values : throw new InvalidOperationException($"expected {count} rows, got {values.Length}");
    }

    protected static uint StanceKey(Stance s) => (uint)s + 1;

    /// <summary>
    /// [text][topic] from one binary model per topic over a single featurized view of the batch; a topic without a model
    /// scores 0. <paramref name="score"/> turns a model's output into one score per text.
    /// </summary>
    protected float[][] PerTopicScores(FeatureBatch batch, ITransformer featurizer, IReadOnlyList<ITransformer?> topicModels, Func<IDataView, float[]> score)
    {
        var result = Enumerable.Range(0, batch.Count).Select(_ => new float[Topics.Count]).ToArray();
        if (batch.Count == 0)
        {
            return result;
        }
        var view = Ml.Data.Cache(featurizer.Transform(View(Enumerable.Range(0, batch.Count).Select(i => batch.Row(i)))));
        for (var t = 0; t < Topics.Count; t++)
        {
            if (topicModels[t] is not { } model)
            {
                continue;
            }
            var scores = score(model.Transform(view));
            for (var i = 0; i < batch.Count; i++)
            {
                result[i][t] = scores[i];
            }
        }
        return result;
    }

    /// <summary>Saves the featurizer as featurizer.zip, and each model that exists as <c>{prefix}-{index:D3}.zip</c>.</summary>
    protected void SaveTransformers(string directory, ITransformer featurizer, params (string Prefix, IReadOnlyList<ITransformer?> Models)[] groups)
    {
        var inputSchema = Ml.Data.LoadFromEnumerable(new List<ModelRow>()).Schema;
        Ml.Model.Save(featurizer, inputSchema, Path.Combine(directory, "featurizer.zip"));
        var featurized = featurizer.GetOutputSchema(inputSchema);
        foreach (var (prefix, models) in groups)
        {
            for (var i = 0; i < models.Count; i++)
            {
                if (models[i] is { } model)
                {
                    Ml.Model.Save(model, featurized, Path.Combine(directory, $"{prefix}-{i:D3}.zip"));
                }
            }
        }
    }

    /// <summary>The models <see cref="SaveTransformers"/> wrote under <paramref name="prefix"/>, null where none was saved.</summary>
    protected static ITransformer?[] LoadTransformers(MLContext ml, string directory, string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => Path.Combine(directory, $"{prefix}-{i:D3}.zip"))
            .Select(path => File.Exists(path) ? ml.Model.Load(path, out _) : null)
            .ToArray();

    /// <summary>Featurizes once and keeps the vectors, so each per-topic model trains on them without featurizing again.</summary>
    internal static (VBuffer<float>[] Vectors, int Size) Materialize(IDataView featurized, string column)
    {
        var type = (VectorDataViewType)featurized.Schema[column].Type;
        var vectors = featurized.GetColumn<VBuffer<float>>(column).Select(v =>
        {
            VBuffer<float> copy = default;
            v.CopyTo(ref copy);
            return copy;
        }).ToArray();
        return (vectors, type.Size);
    }

    /// <summary>A view over materialized feature vectors (named <paramref name="column"/>) with labels.</summary>
    internal static IDataView VectorView(MLContext ml, (VBuffer<float>[] Vectors, int Size) features, string column, Func<int, VectorRow> labels)
    {
        var definition = SchemaDefinition.Create(typeof(VectorRow));
        definition[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Size);
        definition[nameof(VectorRow.Features)].ColumnName = column;
        var rows = new List<VectorRow>(features.Vectors.Length);
        for (var i = 0; i < features.Vectors.Length; i++)
        {
            var row = labels(i);
            row.Features = features.Vectors[i];
            rows.Add(row);
        }
        return ml.Data.Cache(ml.Data.LoadFromEnumerable(rows, definition));
    }
}

internal sealed class VectorRow
{
    public VBuffer<float> Features;
    public bool Label;

    [KeyType(5)]
    public uint StanceKey;

    [KeyType(6)]
    public uint ClassKey;
}

/// <summary>The main model: MiniLM embedding ⊕ word/char n-grams ⊕ stance cues; one-vs-rest logistic topic models; maxent stance.</summary>
internal sealed class EmbeddingTopicStanceModel : TopicStanceModel
{
    private readonly ITransformer _featurizer;
    private readonly ITransformer?[] _topicModels;
    private readonly ITransformer?[] _stanceModels; // per topic, or one at [0] in shared mode
    private readonly float[][] _stancePriors;

    private EmbeddingTopicStanceModel(MLContext ml, IReadOnlyList<string> topics, StanceMode mode, ITransformer featurizer,
        ITransformer?[] topicModels, ITransformer?[] stanceModels, float[][] stancePriors) : base(ml, topics)
    {
        Mode = mode;
        _featurizer = featurizer;
        _topicModels = topicModels;
        _stanceModels = stanceModels;
        _stancePriors = stancePriors;
    }

    public StanceMode Mode { get; }
    public override string Kind => "minilm";
    public override bool NeedsEmbeddings => true;

    public static EmbeddingTopicStanceModel Train(MLContext ml, TrainingSet data, StanceMode mode, ClassifierSettings settings, bool trainTopics = true)
    {
        var topicCount = data.Topics.Count;
        var textRows = Enumerable.Range(0, data.Count).Select(i => data.Features.Row(i)).ToList();
        var stanceRows = new List<(int Topic, ModelRow Row)>();
        for (var i = 0; i < data.Count; i++)
        {
            foreach (var (t, stance) in data.Labels[i])
            {
                var row = data.Features.Row(i, mode == StanceMode.Shared ? FeatureBatch.InteractionText(data.Features.Texts[i], data.Features.Cues[i], t) : "notopic");
                row.StanceKey = StanceKey(stance);
                stanceRows.Add((t, row));
            }
        }

        var featurizer = Featurizer(ml, settings).Fit(ml.Data.LoadFromEnumerable(textRows.Concat(stanceRows.Select(r => r.Row)).ToList()));

        var topicModels = new ITransformer?[topicCount];
        var textFeatures = trainTopics ? Materialize(featurizer.Transform(ml.Data.LoadFromEnumerable(textRows)), "Features") : default;
        // The per-topic fits are independent and deterministic: spread them over the cores, each with its own seeded context.
        Parallel.For(0, trainTopics ? topicCount : 0, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, t =>
        {
            var positives = data.Labels.Count(l => l.ContainsKey(t));
            if (positives == 0 || positives == data.Count)
            {
                return;
            }
            var local = new MLContext(settings.Seed);
            var labelled = VectorView(local, textFeatures, "Features", i => new VectorRow { Label = data.Labels[i].ContainsKey(t) });
            topicModels[t] = local.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                L1Regularization = 0,
                L2Regularization = settings.TopicL2,
                NumberOfThreads = 1,
            }).Fit(labelled);
        });

        var priors = new float[topicCount][];
        for (var t = 0; t < topicCount; t++)
        {
            priors[t] = Prior(stanceRows.Where(r => r.Topic == t).Select(r => r.Row.StanceKey));
        }
        ITransformer?[] stanceModels;
        var stanceColumn = mode == StanceMode.Shared ? "StanceFeatures" : "Features";
        var stanceFeatures = Materialize(featurizer.Transform(ml.Data.LoadFromEnumerable(stanceRows.Select(r => r.Row).ToList())), stanceColumn);
        if (mode == StanceMode.Shared)
        {
            var view = VectorView(ml, stanceFeatures, stanceColumn, i => new VectorRow { StanceKey = stanceRows[i].Row.StanceKey });
            stanceModels = [FitStance(ml, view, stanceColumn, settings)];
        }
        else
        {
            var perTopic = new ITransformer?[topicCount];
            Parallel.For(0, topicCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, t =>
            {
                var indices = Enumerable.Range(0, stanceRows.Count).Where(i => stanceRows[i].Topic == t).ToList();
                if (indices.Select(i => stanceRows[i].Row.StanceKey).Distinct().Count() < 2)
                {
                    return; // zero or one stance seen: the prior says it all
                }
                var local = new MLContext(settings.Seed);
                var subset = (indices.Select(i => stanceFeatures.Vectors[i]).ToArray(), stanceFeatures.Size);
                var view = VectorView(local, subset, stanceColumn, k => new VectorRow { StanceKey = stanceRows[indices[k]].Row.StanceKey });
                perTopic[t] = FitStance(local, view, stanceColumn, settings);
            });
            stanceModels = perTopic;
        }

        return new EmbeddingTopicStanceModel(ml, data.Topics, mode, featurizer, topicModels, stanceModels, priors);
    }

    private static float[] Prior(IEnumerable<uint> keys)
    {
        var counts = new float[4];
        foreach (var k in keys)
        {
            counts[k - 1]++;
        }
        var total = counts.Sum();
        return total == 0 ? [0.25f, 0.25f, 0.25f, 0.25f] : counts.Select(c => c / total).ToArray();
    }

    private static ITransformer FitStance(MLContext ml, IDataView view, string features, ClassifierSettings settings) =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "StanceKey",
            FeatureColumnName = features,
            L1Regularization = 0,
            L2Regularization = settings.StanceL2,
            NumberOfThreads = 1,
        }).Fit(view);

    internal static IEstimator<ITransformer> Featurizer(MLContext ml, ClassifierSettings settings) =>
        ml.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(ModelRow.Text))
        .Append(ml.Transforms.Text.FeaturizeText("TopicTextFeatures", new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(ModelRow.TopicText)))
        .Append(ml.Transforms.CopyColumns("EmbeddingIn", nameof(ModelRow.Embedding)))
        .Append(ml.Transforms.NormalizeMinMax("CuesScaled", nameof(ModelRow.Cues)))
        .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "EmbeddingIn", "CuesScaled"))
        .Append(ml.Transforms.Concatenate("StanceFeatures", "Features", "TopicTextFeatures"));

    public override float[][] TopicScores(FeatureBatch batch) =>
        PerTopicScores(batch, _featurizer, _topicModels, scored => scored.GetColumn<float>("Probability").ToArray());

    public override float[][] StanceScores(FeatureBatch batch, IReadOnlyList<int> topicOf)
    {
        var result = new float[batch.Count][];
        if (batch.Count == 0)
        {
            return result;
        }
        if (Mode == StanceMode.Shared && _stanceModels[0] is { } shared)
        {
            var rows = Enumerable.Range(0, batch.Count).Select(i => batch.Row(i, FeatureBatch.InteractionText(batch.Texts[i], batch.Cues[i], topicOf[i])));
            var scores = Column(shared.Transform(_featurizer.Transform(View(rows))), "Score", batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                result[i] = scores[i];
            }
            return result;
        }
        foreach (var group in Enumerable.Range(0, batch.Count).GroupBy(i => topicOf[i]))
        {
            var indices = group.ToList();
            if (Mode == StanceMode.Shared || _stanceModels[group.Key] is not { } model)
            {
                foreach (var i in indices)
                {
                    result[i] = (float[])_stancePriors[group.Key].Clone();
                }
                continue;
            }
            var scores = Column(model.Transform(_featurizer.Transform(View(indices.Select(i => batch.Row(i))))), "Score", indices.Count);
            for (var k = 0; k < indices.Count; k++)
            {
                result[indices[k]] = scores[k];
            }
        }
        return result;
    }

    public override void Save(string directory)
    {
        SaveTransformers(directory, _featurizer, ("topic", _topicModels), ("stance", _stanceModels));
        File.WriteAllText(Path.Combine(directory, "stance-priors.json"), System.Text.Json.JsonSerializer.Serialize(_stancePriors));
    }

    public static EmbeddingTopicStanceModel Load(MLContext ml, string directory, IReadOnlyList<string> topics, StanceMode mode)
    {
        var featurizer = ml.Model.Load(Path.Combine(directory, "featurizer.zip"), out _);
        var topicModels = LoadTransformers(ml, directory, "topic", topics.Count);
        var stanceModels = LoadTransformers(ml, directory, "stance", mode == StanceMode.Shared ? 1 : topics.Count);
        var priors = System.Text.Json.JsonSerializer.Deserialize<float[][]>(File.ReadAllText(Path.Combine(directory, "stance-priors.json")))!;
        return new EmbeddingTopicStanceModel(ml, topics, mode, featurizer, topicModels, stanceModels, priors);
    }
}
