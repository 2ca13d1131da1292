namespace StanceTracker.Core.Classification;

/// <summary>
/// Labelled lines grouped by distinct text, as both trainers learn from them: a text labelled for two topics is one text
/// with two labels, so cross-validation and calibration never put it on both sides of a split.
/// </summary>
/// <param name="Texts">The distinct texts, in order of first appearance.</param>
/// <param name="Labels">Per text, its stance by topic index (the first line wins when a text repeats a topic).</param>
/// <param name="IndexOf">Each text's position in <paramref name="Texts"/>.</param>
internal sealed record LabelledTexts(List<string> Texts, List<Dictionary<int, Stance>> Labels, Dictionary<string, int> IndexOf)
{
    public static LabelledTexts Group(IReadOnlyList<LabelledStatement> lines, IReadOnlyDictionary<string, int> topicIndex)
    {
        var texts = new List<string>();
        var labels = new List<Dictionary<int, Stance>>();
        var textIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!textIndex.TryGetValue(line.Text, out var i))
            {
                i = textIndex[line.Text] = texts.Count;
                texts.Add(line.Text);
                labels.Add([]);
            }
            if (line.HasTopic)
            {
                labels[i].TryAdd(topicIndex[line.Topic], line.Stance);
            }
        }
        return new LabelledTexts(texts, labels, textIndex);
    }
}
