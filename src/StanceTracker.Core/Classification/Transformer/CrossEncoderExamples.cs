namespace StanceTracker.Core.Classification.Transformer;

/// <summary>One training pair: a topic, a statement, and the label (<see cref="StanceCrossEncoder.NotAboutTopic"/> or 1 + stance).</summary>
internal sealed record CrossEncoderExample(int Topic, int Text, int Label);

/// <summary>
/// Turns labelled lines into cross-encoder pairs. Every labelled (topic, statement) is a positive; each statement is
/// also paired with topics it is not labelled with, as "not about this topic": the ones nearest to it in embedding
/// space (what the gate will propose at run time, so the model learns to refuse them) and a few drawn at random.
/// </summary>
internal static class CrossEncoderExamples
{
    public static List<CrossEncoderExample> Build(
        IReadOnlyList<Dictionary<int, Stance>> labels, IReadOnlyList<float[]> textVectors, IReadOnlyList<float[]> topicVectors,
        CrossEncoderSettings settings, Random random)
    {
        var examples = new List<CrossEncoderExample>();
        for (var text = 0; text < labels.Count; text++)
        {
            foreach (var (topic, stance) in labels[text].OrderBy(p => p.Key))
            {
                examples.Add(new CrossEncoderExample(topic, text, StanceCrossEncoder.Label(stance)));
            }
            var others = Enumerable.Range(0, topicVectors.Count).Where(t => !labels[text].ContainsKey(t)).ToList();
            var nearest = others.OrderByDescending(t => Dot(textVectors[text], topicVectors[t])).ThenBy(t => t).Take(settings.HardNegatives).ToList();
            var rest = others.Except(nearest).ToArray();
            random.Shuffle(rest);
            foreach (var topic in nearest.Concat(rest.Take(settings.RandomNegatives)))
            {
                examples.Add(new CrossEncoderExample(topic, text, StanceCrossEncoder.NotAboutTopic));
            }
        }
        return examples;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
