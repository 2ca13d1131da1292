using Microsoft.AspNetCore.Components;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Components.Pages.Leaders;

public sealed partial class LeadersPage
{
    internal const int Limit = 200;

    [Inject] private LeaderQuery Leaders { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Part of a name or alias: <c>/leaders?q=tusk</c>.</summary>
    [SupplyParameterFromQuery(Name = "q")] public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "country")] public string? CountryCode { get; set; }

    /// <summary>An office code (<see cref="Offices"/>): anyone who ever held it.</summary>
    [SupplyParameterFromQuery(Name = "office")] public string? Office { get; set; }

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

    private void OnQueryChanged(string? text) => Navigate("q", string.IsNullOrWhiteSpace(text) ? null : text.Trim(), replace: true);

    private void OnCountryChanged(string? code) => Navigate("country", code);

    private void OnOfficeChanged(string? office) => Navigate("office", office);

    private void Navigate(string name, string? value, bool replace = false) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(name, value), replace);
}
