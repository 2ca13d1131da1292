using StanceTracker.Core.Reviews;

namespace StanceTracker.Data.Storage;

/// <summary>A human correction. <see cref="PositionId"/> is null only for a speaker correction, which concerns the whole statement.</summary>
public sealed record Review(
    long StatementId,
    long? PositionId,
    ReviewField Field,
    string? OldValue,
    string? NewValue,
    string Reviewer,
    string? Reason,
    DateTimeOffset ReviewedAt);
