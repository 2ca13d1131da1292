namespace StanceTracker.Core.Classification;

/// <summary>A position a statement takes on one topic, as a classifier read it.</summary>
public sealed record PositionClaim(string TopicId, Stance Stance, double Confidence, string ModelVersion, bool NeedsReview = false);
