using Microsoft.AspNetCore.Components;
using MudBlazor;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Leaders;

public sealed partial class LeaderPage
{
    private const int QuoteLength = 220;

    [Inject] private ILeaderQuery Leaders { get; set; } = default!;

    [Inject] private ITopicStore Topics { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>A catalogue id: <c>/leaders/donald-tusk</c>.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Any actor key, for speakers the catalogue does not know: <c>/leaders/by-key?key=name:...</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Key)] public string? Key { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.AsOf)] public string? AsOf { get; set; }

    private DateOnly _asOf;
    private string? _addressError;
    private LeaderProfile? _profile;
    private Dictionary<string, Topic> _topics = [];
    private List<BreadcrumbItem> _crumbs = [];

    protected override void OnParametersSet()
    {
        var errors = new List<string>();
        _asOf = StatementRequest.ParseDate(AsOf, QueryNames.AsOf, errors) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // Said on the page, as the matrix and the statements do: a shared link with a mistyped date must not pass for today's view.
        _addressError = errors.Count == 0 ? null : string.Join("; ", errors) + ".";
        _topics = Topics.All().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var key = Id ?? Key;
        _profile = string.IsNullOrWhiteSpace(key) ? null : Leaders.Get(key, _asOf);
        _crumbs = [new BreadcrumbItem("Leaders", "leaders"), new BreadcrumbItem(_profile?.Name ?? key ?? "?", href: null, disabled: true)];
    }

    private string? CurrentTitle()
    {
        if (_profile is null)
        {
            return null;
        }
        var term = _profile.Terms.Where(t => t.Covers(_asOf)).MinBy(t => Offices.Seniority(t.Office));
        return term?.Title ?? _profile.Recent.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Role))?.Role;
    }

    private string TopicLabel(string topicId) => _topics.TryGetValue(topicId, out var topic) ? topic.Label : topicId;

    private string TimelineLink(string topicId) =>
        $"timeline?{QueryNames.Topic}={Uri.EscapeDataString(topicId)}&{QueryNames.Actors}={Uri.EscapeDataString(_profile!.Key)}";

    private static string Format(DateOnly? date) => IsoDate.Format(date) ?? "?";

    private static string Shorten(string text) => text.Length <= QuoteLength ? text : text[..QuoteLength].TrimEnd() + "…";

    private void OnDateChanged(DateTime? date)
    {
        if (date is { } chosen)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.AsOf, IsoDate.Format(DateOnly.FromDateTime(chosen))));
        }
    }
}
