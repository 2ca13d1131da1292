using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Tests.Articles;

/// <summary>Shorthands for the outcomes tests expect.</summary>
internal static class Reading
{
    public static ArticleReader Reader(DateTimeOffset? published = null, string? source = null) =>
        new(new ArticleReaderOptions { DefaultPublished = published, DefaultSource = source });

    public static Article Single(IEnumerable<ArticleReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.Null(result.Error);
        return Assert.IsType<Article>(result.Article);
    }

    public static ArticleError Refusal(IEnumerable<ArticleReadResult> results)
    {
        var result = Assert.Single(results);
        Assert.Null(result.Article);
        return Assert.IsType<ArticleError>(result.Error);
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
