namespace StanceTracker.Core.Classification;

/// <summary>A tracked question, stated as a directed proposition: <c>support</c> means the speaker favours it.</summary>
public sealed record Topic(string Id, string Label, string Proposition, string Description, IReadOnlyList<string> Cues);
