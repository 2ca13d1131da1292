using Microsoft.AspNetCore.Components;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Audit;

/// <summary>
/// The review log by reviewer, for reviewers and admins in team mode: what each person changed, so a wrong correction
/// can be traced to its author and reverted by a new review. The filter lives in the address (<c>/audit?reviewer=ana</c>).
/// </summary>
public sealed partial class AuditPage
{
    public const int Shown = 200;

    [Inject] private IReviewLogQuery Log { get; set; } = default!;

    [Inject] private DashboardAccess Access { get; set; } = default!;

    /// <summary>One reviewer's name exactly as recorded; empty shows everyone.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Reviewer)] public string? Reviewer { get; set; }

    private IReadOnlyList<ReviewerCount> _reviewers = [];
    private IReadOnlyList<ReviewLogEntry> _entries = [];
    private string? _reviewer;
    private long _total;

    private bool SignedIn => Access.SignInRequired;

    protected override void OnParametersSet()
    {
        _reviewer = string.IsNullOrWhiteSpace(Reviewer) ? null : Reviewer;
        _reviewers = Log.Reviewers();
        _total = _reviewers.Sum(r => r.Reviews);
        _entries = Log.Latest(_reviewer, Shown);
    }

    /// <summary>The old value and the new one; an acceptance keeps the model's reading.</summary>
    private static string Change(ReviewLogEntry entry) => entry.Field switch
    {
        "accept" => "accepted the model's reading",
        _ => $"{entry.OldValue ?? "(none)"} → {entry.NewValue ?? "(none)"}",
    };

    private static string When(string stored) =>
        DateTimeOffset.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var time)
            ? time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : stored;

    private static string Excerpt(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
