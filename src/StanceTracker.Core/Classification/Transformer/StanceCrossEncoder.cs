using TorchSharp.Modules;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>
/// The cross-encoder: BERT reads a topic's proposition and a statement together, and a linear head over the mean of
/// the token vectors gives five scores: not about this topic, support, open, neutral, oppose (<see cref="Labels"/>).
/// Reading both at once lets attention relate "will not send" to "troops should be stationed", which averaged
/// sentence embeddings cannot.
/// </summary>
internal sealed class StanceCrossEncoder : nn.Module
{
    /// <summary>Index of the "not about this topic" class; 1 + (int)Stance for the others.</summary>
    public const int NotAboutTopic = 0;
    public const int Labels = 5;

    private readonly BertEncoder encoder;
    private readonly Dropout dropout;
    private readonly Linear head;

    public StanceCrossEncoder(BertShape shape, double dropoutRate) : base(nameof(StanceCrossEncoder))
    {
        encoder = new BertEncoder(shape, dropoutRate);
        dropout = nn.Dropout(dropoutRate);
        head = nn.Linear(shape.Hidden, Labels);
        RegisterComponents();
    }

    public static int Label(Stance stance) => 1 + (int)stance;

    /// <summary>Loads all-MiniLM-L6-v2's encoder weights; the head keeps its random initialisation.</summary>
    public void LoadPretrainedEncoder()
    {
        var weights = MiniLmCheckpoint.EncoderWeights();
        try
        {
            encoder.load_state_dict(weights, strict: true);
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
    public Dictionary<string, Tensor> EncoderState() => encoder.state_dict();

    /// <summary>The head's weight ([labels × hidden], row-major) and bias.</summary>
    public (float[] Weight, float[] Bias) HeadParameters() => (head.weight!.data<float>().ToArray(), head.bias!.data<float>().ToArray());

    /// <returns>[batch, <see cref="Labels"/>] logits.</returns>
    public Tensor Forward(PairBatch batch)
    {
        var hidden = encoder.Forward(batch.Ids, batch.TypeIds, batch.Mask);
        return head.forward(dropout.forward(BertEncoder.MeanPool(hidden, batch.Mask)));
    }

    /// <summary>Mean-pooled, unit-length sentence vectors: what sentence-transformers computes, for checking the weights.</summary>
    public Tensor SentenceVectors(Tensor ids, Tensor mask)
    {
        var pooled = BertEncoder.MeanPool(encoder.Forward(ids, zeros_like(ids), mask), mask);
        return nn.functional.normalize(pooled, p: 2, dim: 1);
    }
}
