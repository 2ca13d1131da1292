using Microsoft.AspNetCore.Components;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Components.Presentation;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Timeline;

public sealed partial class TimelinePage
{
    private const int SuggestionCount = 6;
    private const string ChartId = "timeline-lanes";

    [Inject] private ITimelineQuery Timelines { get; set; } = default!;

    [Inject] private ILeaderQuery Leaders { get; set; } = default!;

    [Inject] private ITopicStore ITopicStore { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = QueryNames.Topic)] public string? Topic { get; set; }

    /// <summary>Comma-separated actor keys, catalogue ids or names as typed: <c>actors=donald-tusk,Emmanuel Macron</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Actors)] public string? Actors { get; set; }

    /// <summary>Comma-separated ISO 3166-1 alpha-3 codes: <c>countries=FRA,DEU</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Countries)] public string? CountryList { get; set; }

    private IReadOnlyList<Topic> _topics = [];
    private Topic? _topic;
    private TimelineSelection? _selection;
    private IReadOnlyList<string> _countryOptions = [];
    private List<LaneSubject> _lanes = [];
    private IReadOnlyList<(string Subject, Shift Shift)> _shifts = [];
    private IReadOnlyList<LeaderSummary> _suggestions = [];

    private IReadOnlyList<LeaderSummary> Speakers => _selection?.Speakers ?? [];

    private IReadOnlyList<string> Unresolved => _selection?.Unresolved ?? [];

    protected override void OnParametersSet()
    {
        _topics = ITopicStore.All();
        _topic = _topics.FirstOrDefault(t => string.Equals(t.Id, Topic, StringComparison.Ordinal));
        if (_topic is null)
        {
            _selection = null;
            _countryOptions = [];
            _lanes = [];
            _shifts = [];
            _suggestions = [];
            return;
        }
        _selection = TimelineSelection.Resolve(_topic, Actors, CountryList, Timelines, Leaders, Countries);
        _countryOptions = Speakers.Select(s => s.Country).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(c => Countries.Name(c), StringComparer.CurrentCulture).ToList();
        _lanes = _selection.Subjects.Select(s => s.ToLane()).ToList();
        _shifts = _selection.Subjects
            .SelectMany(s => s.Timeline.Shifts.Select(shift => (s.Name, shift)))
            .OrderByDescending(x => x.shift.Date)
            .ThenBy(x => x.Name, StringComparer.CurrentCulture)
            .ToList();
        _suggestions = Speakers.OrderByDescending(s => s.Positions).Take(SuggestionCount).ToList();
    }

    private string CitationLine(TimelineSelection selection) =>
        Citation.Line(selection.Title, selection.Latest ?? Today, Today, Navigation.Uri);

    private string EmbedUrl(TimelineSelection selection) => Navigation.ToAbsoluteUri($"embed/timeline?{selection.Query()}").ToString();

    private int EmbedHeight => 260 + 42 * _lanes.Count;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The same comparison on another topic: a link, so it can be opened in a new tab and needs no round trip to build.</summary>
    private string TopicLink(Topic topic) => Navigation.GetUriWithQueryParameter(QueryNames.Topic, topic.Id);

    private string SuggestionLink(LeaderSummary speaker) =>
        Navigation.GetUriWithQueryParameter(QueryNames.Actors, speaker.Key);

    private string ActorName(string? key) => _selection?.ActorName(key) ?? key ?? "";

    private void OnActorsChanged(IEnumerable<string?>? keys) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Actors, Join(keys)));

    private void OnCountriesChanged(IEnumerable<string?>? codes) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Countries, Join(codes)));

    private static string? Join(IEnumerable<string?>? values)
    {
        var list = (values ?? []).OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }
}
