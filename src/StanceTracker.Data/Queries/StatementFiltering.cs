using StanceTracker.Core;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Queries;

/// <summary>How a <see cref="StatementFilter"/> becomes query parameters, the same for every engine's statements query.</summary>
internal static class StatementFiltering
{
    /// <summary>
    /// The text held only punctuation: nothing can match, and an empty search would otherwise list everything.
    /// </summary>
    /// <param name="search">The engine's form of the search text; null when the text held no word.</param>
    public static bool NothingToSearchFor(StatementFilter filter, string? search) =>
        !string.IsNullOrWhiteSpace(filter.Text) && search is null;

    /// <param name="search">The engine's form of the search text, bound as <c>@Match</c>.</param>
    public static object Parameters(StatementFilter filter, string? search, int page, int pageSize) => new
    {
        Match = search,
        From = IsoDate.Format(filter.From),
        To = IsoDate.Format(filter.To),
        filter.ArticleId,
        filter.TopicId,
        Stance = filter.Stance?.ToId(),
        Country = Blank(filter.Country),
        Actor = Blank(filter.Actor),
        filter.MinConfidence,
        filter.MaxConfidence,
        filter.NeedsReview,
        Limit = pageSize,
        Offset = (long)page * pageSize,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
