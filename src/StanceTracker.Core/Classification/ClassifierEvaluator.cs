using System.Globalization;
using System.Text;

namespace StanceTracker.Core.Classification;

/// <summary>What the model said about one labelled line: all positions it found in the text, and its stance on the gold topic when told the topic.</summary>
public sealed record LineOutcome(LabelledStatement Gold, IReadOnlyDictionary<string, Stance> Predicted, Stance? StanceGivenTopic)
{
    /// <summary>The stance the model gives the line's topic, or <c>none</c> when it finds no position on it (for a <c>none</c> line: <c>none</c>, or the positions it found).</summary>
    public string PredictedLabel => Gold.HasTopic
        ? Predicted.TryGetValue(Gold.Topic, out var s) ? s.ToId() : LabelledStatement.NoTopic
        : Predicted.Count == 0 ? LabelledStatement.NoTopic : string.Join(',', Predicted.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value.ToId()}"));

    public bool Correct => Gold.HasTopic ? PredictedLabel == Gold.Stance.ToId() : Predicted.Count == 0;
}

public sealed record TopicFigures(string Topic, int Texts, double TopicF1, double TopicBaselineF1, int StanceLines, double StanceF1, double StanceBaselineF1, string MajorityStance);

/// <summary>Figures over a set of labelled lines. See data/models/README.md for the exact definitions.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<TopicFigures> PerTopic, double TopicMacroF1, double TopicBaselineMacroF1, double StanceMacroF1, double StanceBaselineMacroF1,
    double PooledStanceMacroF1, double MacroF1, double FAvg, double Accuracy, int Lines)
{
    public string Format(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine(string.Create(c, $"{"topic",-26} {"texts",6} {"topicF1",8} {"(base)",7} {"lines",6} {"stanceF1",9} {"(base)",7}  majority"));
        foreach (var t in PerTopic)
        {
            sb.AppendLine(string.Create(c, $"{t.Topic,-26} {t.Texts,6} {t.TopicF1,8:0.000} {t.TopicBaselineF1,7:0.000} {t.StanceLines,6} {t.StanceF1,9:0.000} {t.StanceBaselineF1,7:0.000}  {t.MajorityStance}"));
        }
        sb.AppendLine(string.Create(c, $"{"macro over topics",-26} {"",6} {TopicMacroF1,8:0.000} {TopicBaselineMacroF1,7:0.000} {"",6} {StanceMacroF1,9:0.000} {StanceBaselineMacroF1,7:0.000}"));
        sb.AppendLine(string.Create(c, $"stance macro-F1 pooled over topics (4 stances, gold topic given): {PooledStanceMacroF1:0.000}"));
        sb.Append(string.Create(c, $"macro_f1={MacroF1:0.000} f_avg={FAvg:0.000} accuracy={Accuracy:0.000}"));
        return sb.ToString();
    }
}

public static class ClassifierEvaluator
{
    /// <summary>Classifies every distinct text once (batched), and its stance on each gold topic when told the topic.</summary>
    public static List<LineOutcome> Outcomes(IEvaluableClassifier classifier, IReadOnlyList<LabelledStatement> lines)
    {
        var texts = lines.Select(l => l.Text).Distinct(StringComparer.Ordinal).ToList();
        var claims = classifier.Classify(texts.Select(t => new ClassificationInput(t)).ToList());
        var byText = texts.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (IReadOnlyDictionary<string, Stance>)claims[p.i]
            .GroupBy(c => c.TopicId).ToDictionary(g => g.Key, g => g.First().Stance, StringComparer.Ordinal), StringComparer.Ordinal);
        var topicLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].HasTopic).ToList();
        var given = classifier.StanceGivenTopic(topicLines.Select(i => lines[i].Text).ToList(), topicLines.Select(i => lines[i].Topic).ToList());
        var perLine = new Stance?[lines.Count];
        for (var k = 0; k < topicLines.Count; k++)
        {
            perLine[topicLines[k]] = given[k];
        }
        return lines.Select((l, i) => new LineOutcome(l, byText[l.Text], perLine[i])).ToList();
    }

    /// <summary>Computes the figures; <paramref name="majorityStance"/> is each topic's most frequent stance in the training data (the baseline).</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<LineOutcome> outcomes, IReadOnlyDictionary<string, Stance> majorityStance)
    {
        // Topic detection, per distinct text: gold topic set against predicted topic set.
        var texts = outcomes.GroupBy(o => o.Gold.Text, StringComparer.Ordinal)
            .Select(g => (Gold: g.Where(o => o.Gold.HasTopic).Select(o => o.Gold.Topic).ToHashSet(StringComparer.Ordinal), Predicted: g.First().Predicted))
            .ToList();
        var topics = outcomes.Where(o => o.Gold.HasTopic).Select(o => o.Gold.Topic).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        var perTopic = new List<TopicFigures>();
        foreach (var topic in topics)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (gold, predicted) in texts)
            {
                var g = gold.Contains(topic);
                var p = predicted.ContainsKey(topic);
                if (g && p) { tp++; } else if (p) { fp++; } else if (g) { fn++; }
            }
            var positives = tp + fn;
            var prevalence = texts.Count == 0 ? 0 : (double)positives / texts.Count;
            var lines = outcomes.Where(o => o.Gold.Topic == topic).ToList();
            var majority = majorityStance.TryGetValue(topic, out var m) ? m : Stance.Neutral;
            perTopic.Add(new TopicFigures(topic, positives, F1(tp, fp, fn), 2 * prevalence / (1 + prevalence), lines.Count,
                MacroF1(lines.Select(o => (o.Gold.Stance.ToId(), o.StanceGivenTopic?.ToId() ?? "none")).ToList()),
                MacroF1(lines.Select(o => (o.Gold.Stance.ToId(), majority.ToId())).ToList()), majority.ToId()));
        }

        var topicLines = outcomes.Where(o => o.Gold.HasTopic).ToList();
        var pooled = MacroF1(topicLines.Select(o => (o.Gold.Stance.ToId(), o.StanceGivenTopic?.ToId() ?? "none")).ToList());

        // End to end, one label per line: (topic, stance), or none.
        static string GoldLabel(LineOutcome o) => o.Gold.HasTopic ? $"{o.Gold.Topic}/{o.Gold.Stance.ToId()}" : LabelledStatement.NoTopic;
        static string PredLabel(LineOutcome o) => o.Gold.HasTopic
            ? o.Predicted.TryGetValue(o.Gold.Topic, out var s) ? $"{o.Gold.Topic}/{s.ToId()}" : "(missed)"
            : o.Predicted.Count == 0 ? LabelledStatement.NoTopic : "(spurious)";
        var pairs = outcomes.Select(o => (GoldLabel(o), PredLabel(o))).ToList();
        var macro = MacroF1(pairs, goldLabelsOnly: true);
        var accuracy = outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o.Correct) / outcomes.Count;
        var stancePairs = topicLines.Select(o => (o.Gold.Stance.ToId(), o.PredictedLabel)).ToList();
        var fAvg = (ClassF1(stancePairs, "support") + ClassF1(stancePairs, "oppose")) / 2;

        return new EvaluationReport(perTopic,
            perTopic.Count == 0 ? 0 : perTopic.Average(t => t.TopicF1),
            perTopic.Count == 0 ? 0 : perTopic.Average(t => t.TopicBaselineF1),
            perTopic.Count == 0 ? 0 : perTopic.Average(t => t.StanceF1),
            perTopic.Count == 0 ? 0 : perTopic.Average(t => t.StanceBaselineF1),
            pooled, macro, fAvg, accuracy, outcomes.Count);
    }

    public static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);

    public static double ClassF1(IReadOnlyList<(string Gold, string Predicted)> pairs, string label) =>
        F1(pairs.Count(p => p.Gold == label && p.Predicted == label), pairs.Count(p => p.Gold != label && p.Predicted == label),
            pairs.Count(p => p.Gold == label && p.Predicted != label));

    /// <summary>Macro-averaged F1 over the labels of the gold side (and, unless goldLabelsOnly, of the predicted side too).</summary>
    public static double MacroF1(IReadOnlyList<(string Gold, string Predicted)> pairs, bool goldLabelsOnly = false)
    {
        var labels = pairs.Select(p => p.Gold).Concat(goldLabelsOnly ? [] : pairs.Select(p => p.Predicted).Where(l => l != "none"))
            .Distinct().ToList();
        return labels.Count == 0 ? 0 : labels.Average(l => ClassF1(pairs, l));
    }
}
