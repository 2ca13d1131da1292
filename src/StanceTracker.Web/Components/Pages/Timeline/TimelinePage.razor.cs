using System.Globalization;
using Microsoft.AspNetCore.Components;
using StanceTracker.Core;
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
    private IReadOnlyList<LeaderSummary> _speakers = [];
    private IReadOnlyList<string> _countryOptions = [];
    private IReadOnlyList<string> _actorKeys = [];
    private IReadOnlyList<string> _countryCodes = [];
    private List<string> _unresolved = [];
    private List<TimelineSubject> _subjects = [];
    private IReadOnlyList<StepSeries> _series = [];
    private IReadOnlyList<(string Subject, Shift Shift)> _shifts = [];
    private IReadOnlyList<LeaderSummary> _suggestions = [];

    protected override void OnParametersSet()
    {
        _topics = ITopicStore.All();
        _topic = _topics.FirstOrDefault(t => string.Equals(t.Id, Topic, StringComparison.Ordinal));
        _unresolved = [];
        _subjects = [];
        if (_topic is null)
        {
            _speakers = [];
            _countryOptions = [];
            _series = [];
            _shifts = [];
            return;
        }
        _speakers = Leaders.SpeakersOn(_topic.Id);
        _countryOptions = _speakers.Select(s => s.Country).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(c => Countries.Name(c), StringComparer.CurrentCulture).ToList();
        _actorKeys = ResolveActors(Split(Actors));
        _countryCodes = Split(CountryList).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

        foreach (var key in _actorKeys)
        {
            _subjects.Add(new TimelineSubject(ActorName(key), Timelines.ForActor(key, _topic.Id)));
        }
        foreach (var code in _countryCodes)
        {
            _subjects.Add(new TimelineSubject(Countries.Name(code), Timelines.ForCountry(code, _topic.Id)));
        }
        foreach (var empty in _subjects.Where(s => s.Timeline.Steps.Count == 0))
        {
            _unresolved.Add(empty.Name);
        }
        _subjects.RemoveAll(s => s.Timeline.Steps.Count == 0);
        _series = ToSeries(_subjects);
        _shifts = _subjects
            .SelectMany(s => s.Timeline.Shifts.Select(shift => (s.Name, shift)))
            .OrderByDescending(x => x.shift.Date)
            .ThenBy(x => x.Name, StringComparer.CurrentCulture)
            .ToList();
        _suggestions = _speakers.OrderByDescending(s => s.Positions).Take(SuggestionCount).ToList();
    }

    /// <summary>The chart's series: each subject's steps, with its shifts as markers.</summary>
    internal static IReadOnlyList<StepSeries> ToSeries(IEnumerable<TimelineSubject> subjects) => subjects
        .Select(s => new StepSeries(
            s.Name,
            s.Timeline.Steps.Select(step => new StepPoint(step.Date, step.Evidence.Stance, Detail(step))).ToList(),
            s.Timeline.Shifts.Select(shift => new StepMarker(shift.Date, shift.From, shift.To,
                string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(shift.Date)} {s.Name}: {shift.Kind.ToString().ToLowerInvariant()}, {shift.From.ToId()} → {shift.To.ToId()}"))).ToList()))
        .ToList();

    private static string Detail(TimelineStep step)
    {
        var text = step.Evidence.Text.Length > 160 ? step.Evidence.Text[..160] + "…" : step.Evidence.Text;
        return string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(step.Date)} {step.Evidence.SpeakerName}: {step.Evidence.Stance.ToId()} — “{text}”");
    }

    /// <summary>Keys the topic's speakers use as they are; anything else is looked up as a name, alias or id.</summary>
    private List<string> ResolveActors(IEnumerable<string> tokens)
    {
        var known = _speakers.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var token in tokens)
        {
            if (known.Contains(token))
            {
                keys.Add(token);
                continue;
            }
            var found = Timelines.FindActorKeys(token).Where(known.Contains).ToList();
            if (found.Count == 0)
            {
                _unresolved.Add(token);
            }
            keys.AddRange(found);
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private string ActorName(string? key)
    {
        var speaker = _speakers.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
        return speaker is null ? key ?? "" : speaker.Country is null ? speaker.Name : $"{speaker.Name} ({speaker.Country})";
    }

    private static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private string SuggestionLink(LeaderSummary speaker) =>
        Navigation.GetUriWithQueryParameter(QueryNames.Actors, speaker.Key);

    private void OnTopicChanged(string? topic) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Topic, topic));

    private void OnActorsChanged(IEnumerable<string?>? keys) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Actors, Join(keys)));

    private void OnCountriesChanged(IEnumerable<string?>? codes) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(QueryNames.Countries, Join(codes)));

    private static string? Join(IEnumerable<string?>? values)
    {
        var list = (values ?? []).OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }

    internal sealed record TimelineSubject(string Name, StanceTracker.Data.Queries.Timeline Timeline);
}
