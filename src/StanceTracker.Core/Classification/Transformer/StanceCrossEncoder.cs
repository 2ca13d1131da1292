using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>
/// The cross-encoder: BERT reads a topic's proposition and a statement together, and a linear head over the mean of
/// the token vectors gives five scores: whether the statement takes a position on the topic (a logit, output
/// <see cref="Relevance"/>) and which of the four stances (logits, outputs <see cref="FirstStance"/> on). The two are
/// trained as separate decisions, as the fast model makes them, so the stance is learnt from positions only. Reading
/// both texts at once lets attention relate "will not send" to "troops should be stationed", which averaged sentence
/// embeddings cannot.
/// </summary>
internal sealed class StanceCrossEncoder : nn.Module
{
    /// <summary>The training label of a pair that is not about its topic; 1 + (int)Stance for the others.</summary>
    public const int NotAboutTopic = 0;

    /// <summary>The output scoring whether the statement takes a position on the topic.</summary>
    public const int Relevance = 0;

    /// <summary>The first of the four stance outputs, in <see cref="Stance"/> order.</summary>
    public const int FirstStance = 1;

    public const int Outputs = 5;

    // The state-dict names (see BertEmbeddings): Freeze selects parameters by them.
    [ComponentName(Name = "encoder")] private readonly BertEncoder _encoder;
    [ComponentName(Name = "dropout")] private readonly Dropout _dropout;
    [ComponentName(Name = "head")] private readonly Linear _head;

    public StanceCrossEncoder(BertShape shape, double dropoutRate) : base(nameof(StanceCrossEncoder))
    {
        _encoder = new BertEncoder(shape, dropoutRate);
        _dropout = nn.Dropout(dropoutRate);
        _head = nn.Linear(shape.Hidden, Outputs);
        RegisterComponents();
    }

    public static int Label(Stance stance) => 1 + (int)stance;

    /// <summary>
    /// The training loss of a batch: binary cross-entropy of the relevance output against "labelled with this topic",
    /// plus the cross-entropy of the stance outputs over the pairs that are (the others have no stance to learn).
    /// </summary>
    public static Tensor Loss(Tensor logits, Tensor labels)
    {
        var about = labels.gt(NotAboutTopic);
        var relevance = nn.functional.binary_cross_entropy_with_logits(logits.select(1, Relevance), about.to_type(ScalarType.Float32));
        var stanceTarget = (labels - FirstStance).clamp_min(0);
        var perPair = nn.functional.cross_entropy(logits.narrow(1, FirstStance, Outputs - FirstStance), stanceTarget, reduction: nn.Reduction.None);
        var weights = about.to_type(ScalarType.Float32);
        return relevance + (perPair * weights).sum() / weights.sum().clamp_min(1f);
    }

    /// <summary>Loads all-MiniLM-L6-v2's encoder weights; the head keeps its random initialisation.</summary>
    public void LoadPretrainedEncoder()
    {
        var weights = MiniLmCheckpoint.EncoderWeights();
        try
        {
            _encoder.load_state_dict(weights, strict: true);
        }
        finally
        {
            foreach (var w in weights.Values)
            {
                w.Dispose();
            }
        }
    }

    /// <summary>Stops training the embeddings and/or the lowest <paramref name="layers"/> transformer layers.</summary>
    public void Freeze(bool embeddings, int layers)
    {
        foreach (var (name, parameter) in named_parameters())
        {
            if ((embeddings && name.StartsWith("encoder.embeddings.", StringComparison.Ordinal)) || LayerOf(name) is { } layer && layer < layers)
            {
                parameter.requires_grad = false;
            }
        }
    }

    private static int? LayerOf(string name)
    {
        const string prefix = "encoder.layers.";
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var end = name.IndexOf('.', prefix.Length);
        return int.Parse(name.AsSpan(prefix.Length, end - prefix.Length), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The encoder's parameters under <see cref="BertEncoder"/>'s names (for <see cref="MiniLmCheckpoint.FineTuned"/>).</summary>
    public Dictionary<string, Tensor> EncoderState() => _encoder.state_dict();

    /// <summary>The head's weight ([labels × hidden], row-major) and bias.</summary>
    public (float[] Weight, float[] Bias) HeadParameters() => (_head.weight!.data<float>().ToArray(), _head.bias!.data<float>().ToArray());

    /// <returns>[batch, <see cref="Outputs"/>] logits.</returns>
    public Tensor Forward(PairBatch batch)
    {
        var hidden = _encoder.Forward(batch.Ids, batch.TypeIds, batch.Mask);
        return _head.forward(_dropout.forward(BertEncoder.MeanPool(hidden, batch.Mask)));
    }

    /// <summary>Mean-pooled, unit-length sentence vectors: what sentence-transformers computes, for checking the weights.</summary>
    public Tensor SentenceVectors(Tensor ids, Tensor mask)
    {
        var pooled = BertEncoder.MeanPool(_encoder.Forward(ids, zeros_like(ids), mask), mask);
        return nn.functional.normalize(pooled, p: 2, dim: 1);
    }
}
