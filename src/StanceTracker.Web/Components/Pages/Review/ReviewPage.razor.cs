using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Review;

/// <summary>
/// The review queue. Every action appends a review (who, when, why) through <see cref="ReviewRecorder"/>, which checks
/// on the server that this user may review; the model's rows are never changed, and the day table behind the matrix
/// and timelines follows in the same transaction.
/// </summary>
[Authorize(Policy = DashboardAuth.ReviewPolicy)]
public sealed partial class ReviewPage
{
    public const string DefaultReviewer = ReviewRecorder.DefaultReviewer;
    private const string ReviewerStorageKey = "stancetracker.reviewer";

    [Inject] private IReviewQueueQuery Queue { get; set; } = default!;

    [Inject] private ReviewRecorder Reviews { get; set; } = default!;

    [Inject] private ICatalogueQuery Catalogue { get; set; } = default!;

    [Inject] private ITopicStore Topics { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>Confidence below which a position waits for review: <c>/review?threshold=0.7</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Threshold)] public string? Threshold { get; set; }

    private readonly Dictionary<long, ReviewDraft> _drafts = [];
    private readonly Dictionary<string, ActorChoice> _actors = new(StringComparer.Ordinal);
    private IReadOnlyList<Topic> _topics = [];
    private ReviewBacklog _queue = new([], 0);
    private double _threshold = IReviewQueueQuery.DefaultThreshold;
    private string _reviewer = DefaultReviewer;
    private string? _message;

    /// <summary>Why this user may not review here (read-only or a viewer), shown instead of letting them try.</summary>
    private string? _refusal;

    protected override async Task OnInitializedAsync()
    {
        _topics = Topics.All();
        _refusal = await Reviews.RefusalAsync();
        if (Reviews.NamedBySignIn)
        {
            _reviewer = await Reviews.ReviewerAsync(null);
        }
    }

    protected override void OnParametersSet()
    {
        _threshold = double.TryParse(Threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1
            ? value
            : IReviewQueueQuery.DefaultThreshold;
        Load();
    }

    // Without sign-in the name is remembered in the browser, so each analyst's reviews carry their own name; signed in,
    // the name is the user's and the box is hidden.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || Reviews.NamedBySignIn)
        {
            return;
        }
        try
        {
            var stored = await JS.InvokeAsync<string?>("localStorage.getItem", ReviewerStorageKey);
            if (!string.IsNullOrWhiteSpace(stored) && stored != _reviewer)
            {
                _reviewer = stored.Trim();
                StateHasChanged();
            }
        }
        catch (JSException)
        {
            // Storage switched off in the browser: the default name stays.
        }
    }

    private async Task OnReviewerChanged(string? name)
    {
        _reviewer = string.IsNullOrWhiteSpace(name) ? DefaultReviewer : name.Trim();
        try
        {
            await JS.InvokeVoidAsync("localStorage.setItem", ReviewerStorageKey, _reviewer);
        }
        catch (JSException)
        {
            // Not remembered; still used for this session.
        }
    }

    private void Load() => _queue = Queue.Get(20, _threshold);

    private ReviewDraft Draft(ReviewItem item)
    {
        if (!_drafts.TryGetValue(item.PositionId, out var draft))
        {
            draft = new ReviewDraft();
            _drafts[item.PositionId] = draft;
        }
        return draft;
    }

    private async Task AcceptAsync(ReviewItem item)
    {
        try
        {
            await Reviews.AddAsync(item.StatementId, item.PositionId, ReviewField.Accept, null, null, _reviewer, Draft(item).Reason, Clock.GetUtcNow());
        }
        catch (ReviewRefusedException e)
        {
            _refusal = e.Message;
            return;
        }
        Done(item, $"Accepted: {item.SpeakerName} {item.Stance} on {TopicLabel(item.TopicId)}.");
    }

    private async Task CorrectAsync(ReviewItem item)
    {
        var draft = Draft(item);
        var speaker = string.IsNullOrWhiteSpace(draft.Speaker) ? null : draft.Speaker.Trim();
        if (speaker is null && draft.TopicId is null && draft.Stance is null)
        {
            draft.Error = "Choose a speaker, topic or stance to correct, or accept the model's reading.";
            return;
        }
        if (string.IsNullOrWhiteSpace(draft.Reason))
        {
            draft.Error = "Say why: the reason is kept with the correction.";
            return;
        }
        var now = Clock.GetUtcNow();
        var reason = draft.Reason.Trim();
        var changes = new List<string>();
        try
        {
            if (speaker is not null)
            {
                // A catalogue id when one was picked, else the name as typed; the database tells the two apart.
                await Reviews.AddAsync(item.StatementId, null, ReviewField.Speaker, item.ActorId ?? item.SpeakerName, speaker, _reviewer, reason, now);
                changes.Add($"speaker → {ActorLabel(speaker)}");
            }
            if (draft.TopicId is { } topic)
            {
                await Reviews.AddAsync(item.StatementId, item.PositionId, ReviewField.Topic, item.TopicId, topic, _reviewer, reason, now);
                changes.Add($"topic → {TopicLabel(topic)}");
            }
            if (draft.Stance is { } stance)
            {
                await Reviews.CorrectStanceAsync(item.PositionId, stance, _reviewer, reason, now);
                changes.Add($"stance → {stance.ToId()}");
            }
        }
        catch (ReviewRefusedException e)
        {
            _refusal = e.Message;
            return;
        }
        Done(item, $"Corrected {item.SpeakerName}'s statement: {string.Join(", ", changes)}.");
    }

    private void Done(ReviewItem item, string message)
    {
        _drafts.Remove(item.PositionId);
        _message = message;
        Load();
    }

    private Task<IEnumerable<string>> SearchActors(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return Task.FromResult(Enumerable.Empty<string>());
        }
        var found = Catalogue.FindActors(text);
        foreach (var actor in found)
        {
            _actors[actor.Id] = actor;
        }
        return Task.FromResult(found.Select(a => a.Id));
    }

    private string ActorLabel(string? value) =>
        value is null ? "" : _actors.TryGetValue(value, out var actor) ? $"{actor.Name} ({actor.Country}) · {actor.Id}" : value;

    private string TopicLabel(string? topicId) =>
        topicId is null ? "" : _topics.FirstOrDefault(t => t.Id == topicId)?.Label ?? topicId;

    private static Stance? ParseStance(string? text) => StanceNames.TryParse(text, out var stance) ? stance : null;

    private sealed class ReviewDraft
    {
        public string? Speaker { get; set; }
        public string? TopicId { get; set; }
        public Stance? Stance { get; set; }
        public string? Reason { get; set; }
        public string? Error { get; set; }
    }
}
