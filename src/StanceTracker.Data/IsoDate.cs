using System.Globalization;

namespace StanceTracker.Data;

/// <summary>
/// Dates are stored as ISO text so that string order is date order and the indexes serve range filters;
/// rows read them back as strings and convert here rather than rely on provider-specific DateOnly mapping.
/// </summary>
internal static class IsoDate
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>Round-trip form keeping the original offset: for publication times, where the local time is news.</summary>
    public static string Format(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Round-trip form in UTC: for times the code orders by, since text order is time order only at one offset.</summary>
    public static string FormatUtc(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A time written by <see cref="Format(DateTimeOffset)"/> or <see cref="FormatUtc"/>.</summary>
    public static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
