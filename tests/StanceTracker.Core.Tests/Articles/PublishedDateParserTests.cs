using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Tests.Articles;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("2025-02-19", "2025-02-19T00:00:00.0000000+00:00")]
    [InlineData("2025-02-19T14:30:00Z", "2025-02-19T14:30:00.0000000+00:00")]
    [InlineData("2025-02-19T14:30:00", "2025-02-19T14:30:00.0000000+00:00")]
    [InlineData("2025-02-19 14:30", "2025-02-19T14:30:00.0000000+00:00")]
    [InlineData("2025-02-19T14:30:00.250+03:00", "2025-02-19T14:30:00.2500000+03:00")]
    [InlineData(" 2025-02-19T14:30-05:00 ", "2025-02-19T14:30:00.0000000-05:00")]
    public void Iso_dates_and_date_times_are_read_with_utc_assumed(string text, string expected)
    {
        Assert.Null(PublishedDateParser.TryParse(text, out var value));
        // EqualsExact: the offset as written is kept, not just the instant.
        Assert.True(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).EqualsExact(value), $"{value:o}");
    }

    [Theory]
    [InlineData("Wed, 19 Feb 2025 14:30:00 GMT")]
    [InlineData("2025-2-19")]
    [InlineData("20250219")]
    [InlineData("")]
    public void Other_shapes_are_not_dates(string text)
    {
        Assert.StartsWith("published date '", PublishedDateParser.TryParse(text, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void Today_in_a_time_zone_ahead_of_utc_is_still_plausible()
    {
        var tomorrowMorning = DateTimeOffset.UtcNow.AddHours(12);

        Assert.Null(PublishedDateParser.CheckPlausible(tomorrowMorning, "soon"));
        Assert.Equal("published date 'later' is implausible (in the future)", PublishedDateParser.CheckPlausible(DateTimeOffset.UtcNow.AddDays(2), "later"));
    }
}
