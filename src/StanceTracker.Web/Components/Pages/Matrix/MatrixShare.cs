using System.Globalization;
using StanceTracker.Core;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Matrix;

/// <summary>How a matrix view is named and addressed when it leaves the page: CSV link, citation, embeddable view.</summary>
internal static class MatrixShare
{
    public static string Query(DateOnly asOf, int? window, string? region)
    {
        var parts = new List<string> { $"{QueryNames.AsOf}={IsoDate.Format(asOf)}" };
        if (window is { } days)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{QueryNames.Window}={days}"));
        }
        if (!string.IsNullOrEmpty(region) && !string.Equals(region, "All", StringComparison.OrdinalIgnoreCase))
        {
            parts.Add($"{QueryNames.Region}={Uri.EscapeDataString(region)}");
        }
        return string.Join('&', parts);
    }

    public static string Title(string? region) =>
        string.IsNullOrEmpty(region) || string.Equals(region, "All", StringComparison.OrdinalIgnoreCase)
            ? "Where governments stand"
            : $"Where governments stand: {region}";
}
