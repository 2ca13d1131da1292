using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

/// <summary>Human reviews: each is kept, and the positions it touches are re-derived by the review rules.</summary>
public interface IReviewStore
{
    /// <summary>Stores the review and applies it; returns its id.</summary>
    long Add(Review review);

    /// <summary>Sets the stance of one position, as a review of its statement; returns the review's id.</summary>
    long CorrectStance(long positionId, Stance stance, string reviewer, string? reason, DateTimeOffset reviewedAt);
}
