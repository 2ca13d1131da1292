using TorchSharp.Modules;
using TorchSharp.Utils;
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
    // TorchSharp names submodules and parameters after the fields unless told otherwise; these names are the state-dict
    // keys MiniLmCheckpoint maps the pretrained weights to and fine-tuned models are saved under.
    [ComponentName(Name = "word")] private readonly Embedding _word;
    [ComponentName(Name = "position")] private readonly Embedding _position;
    [ComponentName(Name = "tokenType")] private readonly Embedding _tokenType;
    [ComponentName(Name = "norm")] private readonly LayerNorm _norm;
    [ComponentName(Name = "dropout")] private readonly Dropout _dropout;

    public BertEmbeddings(BertShape shape, double dropoutRate) : base(nameof(BertEmbeddings))
    {
        _word = nn.Embedding(shape.VocabularySize, shape.Hidden);
        _position = nn.Embedding(shape.MaxPositions, shape.Hidden);
        _tokenType = nn.Embedding(shape.TokenTypes, shape.Hidden);
        _norm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        _dropout = nn.Dropout(dropoutRate);
        RegisterComponents();
    }

    public Tensor Forward(Tensor ids, Tensor typeIds)
    {
        var positions = arange(ids.shape[1], dtype: ScalarType.Int64).unsqueeze(0);
        var sum = _word.forward(ids) + _position.forward(positions) + _tokenType.forward(typeIds);
        return _dropout.forward(_norm.forward(sum));
    }
}

/// <summary>One transformer layer: multi-head self-attention and a GELU feed-forward block, each with a residual and LayerNorm (post-norm, as BERT).</summary>
internal sealed class BertLayer : nn.Module
{
    [ComponentName(Name = "query")] private readonly Linear _query;
    [ComponentName(Name = "key")] private readonly Linear _key;
    [ComponentName(Name = "value")] private readonly Linear _value;
    [ComponentName(Name = "attentionOutput")] private readonly Linear _attentionOutput;
    [ComponentName(Name = "attentionNorm")] private readonly LayerNorm _attentionNorm;
    [ComponentName(Name = "intermediate")] private readonly Linear _intermediate;
    [ComponentName(Name = "output")] private readonly Linear _output;
    [ComponentName(Name = "outputNorm")] private readonly LayerNorm _outputNorm;
    [ComponentName(Name = "dropout")] private readonly Dropout _dropout;
    private readonly int _heads;
    private readonly double _attentionDropout;

    public BertLayer(BertShape shape, double dropoutRate) : base(nameof(BertLayer))
    {
        _heads = shape.Heads;
        _attentionDropout = dropoutRate;
        _query = nn.Linear(shape.Hidden, shape.Hidden);
        _key = nn.Linear(shape.Hidden, shape.Hidden);
        _value = nn.Linear(shape.Hidden, shape.Hidden);
        _attentionOutput = nn.Linear(shape.Hidden, shape.Hidden);
        _attentionNorm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        _intermediate = nn.Linear(shape.Hidden, shape.Intermediate);
        _output = nn.Linear(shape.Intermediate, shape.Hidden);
        _outputNorm = nn.LayerNorm(shape.Hidden, eps: 1e-12);
        _dropout = nn.Dropout(dropoutRate);
        RegisterComponents();
    }

    /// <param name="hidden">[batch, length, hidden]</param>
    /// <param name="additiveMask">[batch, 1, 1, length]: 0 where a token may be attended to, a large negative number at padding.</param>
    public Tensor Forward(Tensor hidden, Tensor additiveMask)
    {
        var (batch, length, width) = (hidden.shape[0], hidden.shape[1], hidden.shape[2]);
        Tensor Split(Tensor x) => x.view(batch, length, _heads, width / _heads).transpose(1, 2);
        var context = nn.functional.scaled_dot_product_attention(
            Split(_query.forward(hidden)), Split(_key.forward(hidden)), Split(_value.forward(hidden)),
            additiveMask, training ? _attentionDropout : 0.0);
        var attended = context.transpose(1, 2).reshape(batch, length, width);
        var afterAttention = _attentionNorm.forward(hidden + _dropout.forward(_attentionOutput.forward(attended)));
        var expanded = nn.functional.gelu(_intermediate.forward(afterAttention));
        return _outputNorm.forward(afterAttention + _dropout.forward(_output.forward(expanded)));
    }
}

/// <summary>
/// A BERT encoder in TorchSharp, built to take all-MiniLM-L6-v2's weights (<see cref="MiniLmCheckpoint"/>): token ids in,
/// one contextual vector per token out. Fine-tuned end to end by <see cref="CrossEncoderTrainer"/>.
/// </summary>
internal sealed class BertEncoder : nn.Module
{
    [ComponentName(Name = "embeddings")] private readonly BertEmbeddings _embeddings;
    [ComponentName(Name = "layers")] private readonly ModuleList<BertLayer> _layers;

    public BertEncoder(BertShape shape, double dropoutRate) : base(nameof(BertEncoder))
    {
        Shape = shape;
        _embeddings = new BertEmbeddings(shape, dropoutRate);
        _layers = nn.ModuleList(Enumerable.Range(0, shape.Layers).Select(_ => new BertLayer(shape, dropoutRate)).ToArray());
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
        var hidden = _embeddings.Forward(ids, typeIds);
        foreach (var layer in _layers)
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
