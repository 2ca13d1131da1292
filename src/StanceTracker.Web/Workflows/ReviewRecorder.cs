using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Workflows;

/// <summary>A review the signed-in user may not record; the message says why, for the page.</summary>
public sealed class ReviewRefusedException(string message) : Exception(message);

/// <summary>
/// The one way the dashboard records a review. It asks the server-side user of this circuit (<see cref="DashboardUser"/>),
/// not the page, whether they may review, and in team mode records the review under their signed-in name whatever name
/// the page passes: a viewer's circuit cannot write a review by calling a handler, and nobody can write under another's
/// name. Without sign-in the name typed on the page is used, as before.
/// </summary>
public sealed class ReviewRecorder(IReviewStore reviews, DashboardUser user)
{
    public const string DefaultReviewer = "analyst";

    /// <summary>Whether reviews are recorded under the signed-in name (team mode) rather than one typed on the page.</summary>
    public bool NamedBySignIn => user.SignInRequired;

    /// <summary>Why this user may not review, or null.</summary>
    public Task<string?> RefusalAsync() => user.RefusalAsync(DashboardAction.Review);

    /// <summary>The name a review by this user is recorded under; <paramref name="typed"/> counts only without sign-in.</summary>
    public async Task<string> ReviewerAsync(string? typed)
    {
        if (NamedBySignIn)
        {
            return (await user.PrincipalAsync()).Identity?.Name is { Length: > 0 } name
                ? name
                : throw new ReviewRefusedException("Sign in first: every review is recorded under its author's name.");
        }
        return string.IsNullOrWhiteSpace(typed) ? DefaultReviewer : typed.Trim();
    }

    /// <summary>Records a review of <paramref name="field"/>; returns its id.</summary>
    /// <exception cref="ReviewRefusedException">This user may not review.</exception>
    public async Task<long> AddAsync(
        long statementId, long? positionId, ReviewField field, string? oldValue, string? newValue, string? typedReviewer, string? reason, DateTimeOffset reviewedAt)
    {
        var reviewer = await AllowedReviewerAsync(typedReviewer);
        return reviews.Add(new Review(statementId, positionId, field, oldValue, newValue, reviewer, reason, reviewedAt));
    }

    /// <summary>Sets the stance of a position; returns the review's id.</summary>
    /// <exception cref="ReviewRefusedException">This user may not review.</exception>
    public async Task<long> CorrectStanceAsync(long positionId, Stance stance, string? typedReviewer, string? reason, DateTimeOffset reviewedAt)
    {
        var reviewer = await AllowedReviewerAsync(typedReviewer);
        return reviews.CorrectStance(positionId, stance, reviewer, reason, reviewedAt);
    }

    private async Task<string> AllowedReviewerAsync(string? typed) =>
        await RefusalAsync() is { } refusal ? throw new ReviewRefusedException(refusal) : await ReviewerAsync(typed);
}
