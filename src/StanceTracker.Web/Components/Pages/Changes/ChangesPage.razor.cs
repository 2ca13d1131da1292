using Microsoft.AspNetCore.Components;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Changes;

/// <summary>
/// "What changed": the shifts since a date across every topic and country, newest first, for the morning read. The
/// filter lives in the address, which the Atom feed shares.
/// </summary>
public sealed partial class ChangesPage
{
    [Inject] private ChangeFeed Feed { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = QueryNames.Since)] public string? Since { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Topic)] public string? Topic { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Country)] public string? CountryCode { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Kind)] public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Who)] public string? Who { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Page)] public int? Page { get; set; }

    private ChangeFilter _filter = new(DateOnly.MinValue, null, null, null, ChangeSubjects.All);
    private ChangeList _list = new(new(DateOnly.MinValue, null, null, null, ChangeSubjects.All), [], 0);
    private IReadOnlyList<Topic> _topics = [];
    private IReadOnlyList<Country> _countries = [];
    private string? _error;

    /// <summary>The feed of exactly what the page shows: the same address parameters.</summary>
    private string FeedHref => "changes.atom" + new Uri(Navigation.Uri).Query;

    protected override void OnParametersSet()
    {
        var errors = new List<string>();
        _filter = Feed.Read(new ChangesRequest { Since = Since, Topic = Topic, Country = CountryCode, Kind = Kind, Who = Who }, errors);
        _error = errors.Count == 0 ? null : string.Join("; ", errors) + ".";
        _list = Feed.Find(_filter, Math.Max(0, Page ?? 0));
        _topics = Feed.Topics();
        _countries = Feed.Countries;
    }

    private string Describe()
    {
        var parts = new List<string>();
        if (_filter.Topic is { } topic)
        {
            parts.Add($"on {_topics.FirstOrDefault(t => t.Id == topic)?.Label ?? topic}");
        }
        if (_filter.Country is { } country)
        {
            parts.Add($"for {_countries.FirstOrDefault(c => c.Code == country)?.Name ?? country}");
        }
        if (_filter.Kind is { } kind)
        {
            parts.Add($"of the kind {kind.ToString().ToLowerInvariant()}");
        }
        if (_filter.Who != ChangeSubjects.All)
        {
            parts.Add($"by {_filter.Who.ToString().ToLowerInvariant()}");
        }
        return parts.Count == 0 ? "" : " " + string.Join(" ", parts);
    }

    private static string TimelineHref(ChangeItem item) =>
        $"timeline?{QueryNames.Topic}={Uri.EscapeDataString(item.Shift.TopicId)}&{(item.IsCountry ? QueryNames.Countries : QueryNames.Actors)}={Uri.EscapeDataString(item.Shift.Subject)}";

    private string PageHref(int page) => Navigation.GetUriWithQueryParameter(QueryNames.Page, page == 0 ? null : page);

    private void OnSinceChanged(DateTime? date) => Navigate(QueryNames.Since, date is { } d ? IsoDate.Format(DateOnly.FromDateTime(d)) : null);

    // A changed filter starts again at the newest shifts.
    private void Navigate(string name, string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { [name] = value, [QueryNames.Page] = null }));
}
