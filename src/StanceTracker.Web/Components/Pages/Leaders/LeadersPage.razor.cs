using Microsoft.AspNetCore.Components;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Leaders;

public sealed partial class LeadersPage
{
    internal const int Limit = 200;

    [Inject] private ILeaderQuery Leaders { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Part of a name or alias: <c>/leaders?q=tusk</c>.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Text)] public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = QueryNames.Country)] public string? CountryCode { get; set; }

    /// <summary>An office code (<see cref="Offices"/>): anyone who ever held it.</summary>
    [SupplyParameterFromQuery(Name = QueryNames.Office)] public string? Office { get; set; }

    private IReadOnlyList<LeaderSummary> _leaders = [];
    private IReadOnlyList<Country> _countryOptions = [];

    protected override void OnParametersSet()
    {
        _countryOptions = Countries.All;
        var found = Leaders.Search(Q, CountryCode, Office, limit: Limit).ToList();
        // An exact name or id comes first even when it said little.
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            found = found.OrderByDescending(l => string.Equals(l.Name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(l.Key, text, StringComparison.Ordinal)).ToList();
        }
        _leaders = found;
    }

    private void OnQueryChanged(string? text) => Navigate(QueryNames.Text, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), replace: true);

    private void OnCountryChanged(string? code) => Navigate(QueryNames.Country, code);

    private void OnOfficeChanged(string? office) => Navigate(QueryNames.Office, office);

    private void Navigate(string name, string? value, bool replace = false) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(name, value), replace);
}
