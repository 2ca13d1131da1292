using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Workflows;

/// <summary>The matrix as it travels in an address: bound by the API with <c>[AsParameters]</c>, filled by the page.</summary>
public sealed record MatrixRequest
{
    [FromQuery(Name = QueryNames.AsOf)] public string? AsOf { get; init; }

    /// <summary>Days a statement stays current; the query's default when absent.</summary>
    [FromQuery(Name = QueryNames.Window)] public string? Window { get; init; }

    /// <summary>One of the groups in data/countries.json; none means every country with a position.</summary>
    [FromQuery(Name = QueryNames.Region)] public string? Region { get; init; }

    /// <summary>
    /// The date (<paramref name="fallback"/> when absent or not valid: today for the API, the latest date with data for
    /// the page) and the window; each bad value is added to <paramref name="errors"/>.
    /// </summary>
    public (DateOnly AsOf, int? Window) ReadDateAndWindow(DateOnly fallback, List<string> errors) =>
        (StatementRequest.ParseDate(AsOf, QueryNames.AsOf, errors) ?? fallback, ParseWindow(errors));

    /// <summary>The trimmed region, or null for none; an unknown one is added to <paramref name="errors"/>.</summary>
    public string? ReadRegion(CountryDirectory countries, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var region = Region?.Trim();
        if (string.IsNullOrEmpty(region))
        {
            return null;
        }
        if (!countries.IsRegion(region))
        {
            errors.Add($"{QueryNames.Region} '{region}' is not one of {string.Join(", ", countries.Regions)}");
        }
        return region;
    }

    private int? ParseWindow(List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(Window))
        {
            return null;
        }
        if (int.TryParse(Window, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= IMatrixQuery.MaxWindowDays)
        {
            return days;
        }
        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{QueryNames.Window} '{Window}' must be a number of days from 0 to {IMatrixQuery.MaxWindowDays}"));
        return null;
    }
}
