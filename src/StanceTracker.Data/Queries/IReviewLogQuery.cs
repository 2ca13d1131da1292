namespace StanceTracker.Data.Queries;

/// <summary>One review as the audit shows it: who, when, on which statement, and the value it replaced.</summary>
public sealed class ReviewLogEntry
{
    public long ReviewId { get; init; }
    public string Reviewer { get; init; } = "";

    /// <summary>When, as stored (ISO 8601, UTC).</summary>
    public string ReviewedAt { get; init; } = "";

    /// <summary>speaker, topic, stance or accept.</summary>
    public string Field { get; init; } = "";
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public string? Reason { get; init; }
    public long StatementId { get; init; }
    public long? PositionId { get; init; }
    public string StatementText { get; init; } = "";
    public string SpeakerName { get; init; } = "";
    public string Date { get; init; } = "";
}

/// <summary>A reviewer's name and how many reviews carry it.</summary>
public sealed record ReviewerCount
{
    public string Reviewer { get; init; } = "";
    public long Reviews { get; init; }
}

/// <summary>The reviews as they were recorded, newest first, for the audit: nothing here applies them.</summary>
public interface IReviewLogQuery
{
    /// <summary>The latest <paramref name="limit"/> reviews, of <paramref name="reviewer"/> alone when one is named (exactly as recorded).</summary>
    IReadOnlyList<ReviewLogEntry> Latest(string? reviewer = null, int limit = 200);

    /// <summary>Every name reviews were recorded under, with their counts, by name.</summary>
    IReadOnlyList<ReviewerCount> Reviewers();
}
