using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>The shape of a BERT encoder. <see cref="MiniLm"/> is all-MiniLM-L6-v2's.</summary>
public sealed record BertShape(int VocabularySize, int Hidden, int Layers, int Heads, int Intermediate, int MaxPositions, int TokenTypes)
{
    public static BertShape MiniLm { get; } = new(30522, 384, 6, 12, 1536, 512, 2);
}

/// <summary>Word, position and token-type embeddings, summed and normalised (BERT's embedding block).</summary>
internal sealed class BertEmbeddings : nn.Module
{
    private readonly Embedding word;
    private readonly Embedding position;
    private readonly Embedding tokenType;
    private readonly LayerNorm norm;
    private readonly Dropout dropout;

    public BertEmbeddings(BertShape shape, double dropoutRate) : base(nameof(BertEmbeddings))
    {
        word = nn.Embedding(shape.VocabularySize, shape.Hidden);
        position = nn.Embedding(shape.MaxPositions, shape.Hidden);
        tokenType = nn.Embedding(shape.TokenTypes, shape.Hidden);
        norm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        dropout = nn.Dropout(dropoutRate);
        RegisterComponents();
    }

    public Tensor Forward(Tensor ids, Tensor typeIds)
    {
        var positions = arange(ids.shape[1], dtype: ScalarType.Int64).unsqueeze(0);
        var sum = word.forward(ids) + position.forward(positions) + tokenType.forward(typeIds);
        return dropout.forward(norm.forward(sum));
    }
}

/// <summary>One transformer layer: multi-head self-attention and a GELU feed-forward block, each with a residual and LayerNorm (post-norm, as BERT).</summary>
internal sealed class BertLayer : nn.Module
{
    private readonly Linear query;
    private readonly Linear key;
    private readonly Linear value;
    private readonly Linear attentionOutput;
    private readonly LayerNorm attentionNorm;
    private readonly Linear intermediate;
    private readonly Linear output;
    private readonly LayerNorm outputNorm;
    private readonly Dropout dropout;
    private readonly int heads;
    private readonly double attentionDropout;

    public BertLayer(BertShape shape, double dropoutRate) : base(nameof(BertLayer))
    {
        heads = shape.Heads;
        attentionDropout = dropoutRate;
        query = nn.Linear(shape.Hidden, shape.Hidden);
        key = nn.Linear(shape.Hidden, shape.Hidden);
        value = nn.Linear(shape.Hidden, shape.Hidden);
        attentionOutput = nn.Linear(shape.Hidden, shape.Hidden);
        attentionNorm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        intermediate = nn.Linear(shape.Hidden, shape.Intermediate);
        output = nn.Linear(shape.Intermediate, shape.Hidden);
        outputNorm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        dropout = nn.Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <param name="hidden">[batch, length, hidden]</param>
    /// <param name="additiveMask">[batch, 1, 1, length]: 0 where a token may be attended to, a large negative number at padding.</param>
    public Tensor Forward(Tensor hidden, Tensor additiveMask)
    {
        var (batch, length, width) = (hidden.shape[0], hidden.shape[1], hidden.shape[2]);
        Tensor Split(Tensor x) => x.view(batch, length, heads, width / heads).transpose(1, 2);
        var context = nn.functional.scaled_dot_product_attention(
            Split(query.forward(hidden)), Split(key.forward(hidden)), Split(value.forward(hidden)),
            additiveMask, training ? attentionDropout : 0.0);
        var attended = context.transpose(1, 2).reshape(batch, length, width);
        var afterAttention = attentionNorm.forward(hidden + dropout.forward(attentionOutput.forward(attended)));
        var expanded = nn.functional.gelu(intermediate.forward(afterAttention));
        return outputNorm.forward(afterAttention + dropout.forward(output.forward(expanded)));
    }
}

/// <summary>
/// A BERT encoder in TorchSharp, built to take all-MiniLM-L6-v2's weights (<see cref="MiniLmCheckpoint"/>): token ids in,
/// one contextual vector per token out. Fine-tuned end to end by <see cref="CrossEncoderTrainer"/>.
/// </summary>
internal sealed class BertEncoder : nn.Module
{
    private readonly BertEmbeddings embeddings;
    private readonly ModuleList<BertLayer> layers;

    public BertEncoder(BertShape shape, double dropoutRate) : base(nameof(BertEncoder))
    {
        Shape = shape;
        embeddings = new BertEmbeddings(shape, dropoutRate);
        layers = nn.ModuleList(Enumerable.Range(0, shape.Layers).Select(_ => new BertLayer(shape, dropoutRate)).ToArray());
        RegisterComponents();
    }

    public BertShape Shape { get; }

    /// <param name="ids">[batch, length] token ids.</param>
    /// <param name="typeIds">[batch, length] segment ids (0 for the first text of a pair, 1 for the second).</param>
    /// <param name="mask">[batch, length]: 1 for tokens, 0 for padding.</param>
    /// <returns>[batch, length, hidden]</returns>
    public Tensor Forward(Tensor ids, Tensor typeIds, Tensor mask)
    {
        // Padding gets a large negative score before the softmax, so no token attends to it.
        var additive = (1.0f - mask.to_type(ScalarType.Float32)).mul(-1e4f).view(mask.shape[0], 1, 1, mask.shape[1]);
        var hidden = embeddings.Forward(ids, typeIds);
        foreach (var layer in layers)
        {
            hidden = layer.Forward(hidden, additive);
        }
        return hidden;
    }

    /// <summary>The mean of the token vectors where <paramref name="mask"/> is 1: all-MiniLM-L6-v2's sentence pooling.</summary>
    public static Tensor MeanPool(Tensor hidden, Tensor mask)
    {
        var weights = mask.to_type(ScalarType.Float32).unsqueeze(-1);
        return (hidden * weights).sum(1) / weights.sum(1).clamp_min(1e-9);
    }
}
