using System.Globalization;

namespace StanceTracker.Core.Articles;

/// <summary>
/// Reads the ISO 8601 dates that article files carry. Deliberately strict: a date the reader had to guess at would
/// put statements on the wrong day of a timeline, so anything ambiguous is refused instead.
/// </summary>
internal static class PublishedDateParser
{
    // "K" matches "Z", an offset, or nothing; "FFFFFFF" makes the fraction optional.
    private static readonly string[] Formats =
    [
        IsoDate.Pattern,
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    private const int EarliestYear = 1900;

    /// <summary>Parses <paramref name="text"/>; returns null and the value, or the reason it is refused.</summary>
    public static string? TryParse(string text, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (!DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out value))
        {
            return $"published date '{trimmed}' is not a valid date (expected ISO 8601, e.g. 2025-02-19)";
        }
        return CheckPlausible(value, trimmed);
    }

    /// <summary>Refuses dates no news article can have; <paramref name="shown"/> is how the date appeared in the file.</summary>
    public static string? CheckPlausible(DateTimeOffset value, string shown)
    {
        if (value.UtcDateTime.Year < EarliestYear)
        {
            return $"published date '{shown}' is implausible (before {EarliestYear})";
        }
        // A day of slack absorbs time zones: an article dated "today" in Auckland is still tomorrow in UTC-12.
        if (value > DateTimeOffset.UtcNow.AddDays(1))
        {
            return $"published date '{shown}' is implausible (in the future)";
        }
        return null;
    }
}

/// <summary>The plausibility rule for publication dates, for dates given outside a file (the command line, a form).</summary>
public static class ArticleDates
{
    /// <summary>Null when a news article can carry <paramref name="value"/>, else why not; <paramref name="shown"/> is the date as the user wrote it.</summary>
    public static string? CheckPlausible(DateTimeOffset value, string shown) => PublishedDateParser.CheckPlausible(value, shown);
}
