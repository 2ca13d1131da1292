using System.Globalization;

namespace StanceTracker.Core;

/// <summary>
/// The one date format of the project: ISO 8601 calendar dates (<c>2025-02-19</c>) in addresses, files, JSON, CSV and
/// the database, where string order is date order and the indexes serve range filters. Invariant culture throughout,
/// so a machine's locale never changes what is written or accepted.
/// </summary>
public static class IsoDate
{
    /// <summary>The format string, for components that take one (date pickers).</summary>
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    // Named apart from Format(DateOnly) so that a DateTime never converts into a time stamp where a day was meant.
    /// <summary>Round-trip form keeping the original offset: for publication times, where the local time is news.</summary>
    public static string FormatRoundTrip(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Round-trip form in UTC: for times the code orders by, since text order is time order only at one offset.</summary>
    public static string FormatUtc(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Pattern, CultureInfo.InvariantCulture);

    /// <summary>A time written by <see cref="FormatRoundTrip"/> or <see cref="FormatUtc"/>.</summary>
    public static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly? ParseOrNull(string? text) => text is null ? null : Parse(text);

    /// <summary>True for exactly <c>yyyy-MM-dd</c> naming a real day; no other spelling is guessed at.</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
