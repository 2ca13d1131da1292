using Microsoft.ML.Tokenizers;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>A tokenised (topic proposition, statement) pair: <c>[CLS] proposition [SEP] statement [SEP]</c>.</summary>
internal sealed record EncodedPair(long[] Ids, long[] TypeIds)
{
    public int Length => Ids.Length;
}

/// <summary>Padded tensors of a batch of pairs; dispose them (or open a dispose scope) after use.</summary>
internal sealed record PairBatch(Tensor Ids, Tensor TypeIds, Tensor Mask) : IDisposable
{
    public void Dispose()
    {
        Ids.Dispose();
        TypeIds.Dispose();
        Mask.Dispose();
    }
}

/// <summary>
/// BERT WordPiece tokenisation with all-MiniLM-L6-v2's uncased vocabulary (Microsoft.ML.Tokenizers' BertTokenizer:
/// lower-casing, accents stripped, punctuation split as Hugging Face's BasicTokenizer does; the package's own tokenizer
/// keeps curly quotes glued to words and turns accented names into [UNK]). Pairs longer than
/// <see cref="MaxLength"/> lose the end of the statement, never the proposition. Thread-safe.
/// </summary>
internal sealed class PairTokenizer
{
    private readonly BertTokenizer _tokenizer;

    public PairTokenizer(int maxLength)
    {
        using var vocabulary = MiniLmCheckpoint.OpenVocabulary();
        _tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        MaxLength = maxLength;
    }

    public int MaxLength { get; }

    public int[] Tokens(string text) =>
        [.. _tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true)];

    public EncodedPair Pair(int[] proposition, int[] statement)
    {
        var room = Math.Max(0, MaxLength - proposition.Length - 3);
        var kept = Math.Min(room, statement.Length);
        var ids = new long[proposition.Length + kept + 3];
        var types = new long[ids.Length];
        var at = 0;
        ids[at++] = _tokenizer.ClassificationTokenId;
        foreach (var id in proposition)
        {
            ids[at++] = id;
        }
        ids[at++] = _tokenizer.SeparatorTokenId;
        for (var i = 0; i < kept; i++)
        {
            types[at] = 1;
            ids[at++] = statement[i];
        }
        types[at] = 1;
        ids[at] = _tokenizer.SeparatorTokenId;
        return new EncodedPair(ids, types);
    }

    /// <summary>Pads a batch to its longest pair (ids and type ids 0 at padding, mask 0).</summary>
    public static PairBatch Batch(IReadOnlyList<EncodedPair> pairs)
    {
        var width = pairs.Max(p => p.Length);
        var ids = new long[pairs.Count * width];
        var types = new long[ids.Length];
        var mask = new long[ids.Length];
        for (var row = 0; row < pairs.Count; row++)
        {
            var pair = pairs[row];
            Array.Copy(pair.Ids, 0, ids, row * width, pair.Length);
            Array.Copy(pair.TypeIds, 0, types, row * width, pair.Length);
            Array.Fill(mask, 1L, row * width, pair.Length);
        }
        long[] shape = [pairs.Count, width];
        return new PairBatch(tensor(ids, shape), tensor(types, shape), tensor(mask, shape));
    }
}
