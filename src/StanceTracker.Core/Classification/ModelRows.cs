using Microsoft.ML.Data;

namespace StanceTracker.Core.Classification;

/// <summary>The row ML.NET sees. <see cref="TopicText"/> carries topic-interaction tokens for the shared stance model.</summary>
internal sealed class ModelRow
{
    public string Text { get; set; } = "";

    public string TopicText { get; set; } = "notopic";

    [VectorType(SentenceEmbedder.Dimension)]
    public float[] Embedding { get; set; } = new float[SentenceEmbedder.Dimension];

    [VectorType(StanceCues.Count)]
    public float[] Cues { get; set; } = new float[StanceCues.Count];

    public bool Label { get; set; }

    /// <summary>Stance as a key 1..4 (support, open, neutral, oppose); 0 is missing. ML.NET 5 scores a raw key k at
    /// Score[k] and takes the key's count as the raw range, so the count is 5 and Score[0] is dropped.</summary>
    [KeyType(5)]
    public uint StanceKey { get; set; }

    /// <summary>Baseline class as a key 1..5: absent, then the four stances.</summary>
    [KeyType(6)]
    public uint ClassKey { get; set; }
}

/// <summary>Texts to score, with their embeddings (null for the n-gram baseline) and cue vectors.</summary>
internal sealed record FeatureBatch(IReadOnlyList<string> Texts, float[][]? Embeddings, float[][] Cues)
{
    public int Count => Texts.Count;

    public ModelRow Row(int i, string topicText = "notopic") => new()
    {
        Text = Texts[i],
        TopicText = topicText,
        Embedding = Embeddings?[i] ?? new float[SentenceEmbedder.Dimension],
        Cues = Cues[i],
    };

    public FeatureBatch Subset(IReadOnlyList<int> indices) => new(
        indices.Select(i => Texts[i]).ToList(),
        Embeddings is null ? null : indices.Select(i => Embeddings[i]).ToArray(),
        indices.Select(i => Cues[i]).ToArray());

    /// <summary>Tokens tying each word and fired cue to a topic: the topic-interaction features of the shared stance model.</summary>
    public static string InteractionText(string text, float[] cues, int topicIndex)
    {
        var prefix = "t" + topicIndex.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
        var words = StanceCues.Tokenize(text).Where(w => char.IsLetterOrDigit(w[0])).Select(w => prefix + w.Replace("-", "", StringComparison.Ordinal));
        var cueTokens = Enumerable.Range(0, StanceCues.Count).Where(i => cues[i] > 0)
            .Select(i => prefix + "cue" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(' ', words.Concat(cueTokens).Prepend(prefix + "topic"));
    }
}

/// <summary>The distinct statements of a training set with their topic sets and stances, plus their features.</summary>
internal sealed class TrainingSet
{
    public required IReadOnlyList<string> Topics { get; init; }
    public required FeatureBatch Features { get; init; }

    /// <summary>For each distinct text: topic index → stance.</summary>
    public required IReadOnlyList<IReadOnlyDictionary<int, Stance>> Labels { get; init; }

    public int Count => Features.Count;

    public TrainingSet Subset(IReadOnlyList<int> indices) => new()
    {
        Topics = Topics,
        Features = Features.Subset(indices),
        Labels = indices.Select(i => Labels[i]).ToList(),
    };
}
