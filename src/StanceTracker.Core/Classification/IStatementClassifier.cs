
namespace StanceTracker.Core.Classification;

/// <summary>One statement to classify, with the text before it so anaphora ("the idea", "such a move") can borrow its topic.</summary>
/// <param name="Text">The statement as extracted.</param>
/// <param name="Context">The sentence or statement just before it in the article, or null.</param>
public sealed record ClassificationInput(string Text, string? Context = null);

/// <summary>Decides which tracked topics a statement takes a position on, and which stance. Pure and thread-safe.</summary>
public interface IStatementClassifier
{
    /// <summary>Identifies the trained model (a hash of its data and settings); stored with every position.</summary>
    string Version { get; }

    /// <summary>Classifies a batch (batched for the sentence encoder); one list of positions per input, in order, possibly empty.</summary>
    IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs);
}

/// <summary>A classifier that can be measured on labelled statements (<c>stancetracker evaluate</c>).</summary>
public interface IEvaluableClassifier : IStatementClassifier
{
    /// <summary>The topics the model was trained on.</summary>
    IReadOnlyList<string> Topics { get; }

    /// <summary>Each topic's most frequent training stance: the baseline the figures are compared with.</summary>
    IReadOnlyDictionary<string, Stance> MajorityStance { get; }

    /// <summary>The stance the model gives each text on a given topic when told the topic (null for a topic it does not know).</summary>
    IReadOnlyList<Stance?> StanceGivenTopic(IReadOnlyList<string> texts, IReadOnlyList<string> topics);
}
