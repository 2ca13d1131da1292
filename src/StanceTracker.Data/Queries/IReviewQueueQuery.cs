
namespace StanceTracker.Data.Queries;

/// <summary>A position waiting for a human: the model's reading and the statement in its article.</summary>
public sealed class ReviewItem
{
    public long PositionId { get; init; }
    public long StatementId { get; init; }
    public string Date { get; init; } = "";
    public string SpeakerName { get; init; } = "";
    public string? ActorId { get; init; }
    public string? Country { get; init; }
    public string? Role { get; init; }
    public string TopicId { get; init; } = "";
    public string Stance { get; init; } = "";
    public double Confidence { get; init; }
    public bool NeedsReview { get; init; }
    public string ModelVersion { get; init; } = "";
    public string Text { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? Url { get; init; }
    public string? Source { get; init; }

    /// <summary>The article text just before and after the statement, for judging it in context.</summary>
    public string Before { get; init; } = "";
    public string After { get; init; } = "";
}

public sealed record ReviewBacklog(IReadOnlyList<ReviewItem> Items, int Waiting);

/// <summary>The positions waiting for a human: flagged or below the confidence threshold, least confident first.</summary>
public interface IReviewQueueQuery
{
    /// <summary>Below this confidence a position waits for review unless the analyst sets another threshold.</summary>
    const double DefaultThreshold = 0.6;

    ReviewBacklog Get(int limit = 20, double threshold = DefaultThreshold);
}
