namespace StanceTracker.Core.Classification;

/// <summary>A tracked question, stated as a directed proposition: <c>support</c> means the speaker favours it.</summary>
/// <param name="Evidence">Words of the topic, one of which a statement must contain to take a position on it (see
/// <see cref="TopicEvidence"/>); empty: no such check.</param>
public sealed record Topic(string Id, string Label, string Proposition, string Description, IReadOnlyList<string> Cues, IReadOnlyList<string>? Evidence = null);
