using System.Globalization;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Workflows;

/// <summary>
/// The statements filter as it travels in an address (<c>q, topic, stance, country, actor, article, from, to,
/// minConfidence, maxConfidence, needsReview, sort, page, pageSize</c>); shared by the page and the API, so an
/// export link gives exactly the rows on screen. <see cref="Page"/> in the address is one-based.
/// </summary>
public sealed record StatementQueryString
{
    public string? Q { get; init; }
    public string? Topic { get; init; }
    public string? Stance { get; init; }
    public string? Country { get; init; }
    public string? Actor { get; init; }
    public string? Article { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? MinConfidence { get; init; }
    public string? MaxConfidence { get; init; }
    public string? NeedsReview { get; init; }
    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    public static readonly IReadOnlyDictionary<string, StatementSort> Sorts = new Dictionary<string, StatementSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = StatementSort.DateDescending,
        ["-date"] = StatementSort.DateDescending,
        ["+date"] = StatementSort.DateAscending,
        ["confidence"] = StatementSort.ConfidenceAscending,
        ["+confidence"] = StatementSort.ConfidenceAscending,
        ["-confidence"] = StatementSort.ConfidenceDescending,
    };

    public static string SortName(StatementSort sort) => sort switch
    {
        StatementSort.DateAscending => "+date",
        StatementSort.ConfidenceAscending => "+confidence",
        StatementSort.ConfidenceDescending => "-confidence",
        _ => "-date",
    };

    /// <summary>The filter, or the first problem with the address, worded for the person who typed it.</summary>
    public (StatementFilter? Filter, string? Error) ToFilter(int defaultPageSize, int maxPageSize)
    {
        var errors = new List<string>();
        Stance? stance = null;
        if (!string.IsNullOrWhiteSpace(Stance))
        {
            if (StanceNames.TryParse(Stance, out var parsed))
            {
                stance = parsed;
            }
            else
            {
                errors.Add($"stance '{Stance}' is not one of support, open, neutral, oppose");
            }
        }
        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        var min = ParseConfidence(MinConfidence, "minConfidence", errors);
        var max = ParseConfidence(MaxConfidence, "maxConfidence", errors);
        bool? needsReview = null;
        if (!string.IsNullOrWhiteSpace(NeedsReview))
        {
            if (bool.TryParse(NeedsReview, out var flag))
            {
                needsReview = flag;
            }
            else
            {
                errors.Add($"needsReview '{NeedsReview}' must be true or false");
            }
        }
        var sort = StatementSort.DateDescending;
        if (!string.IsNullOrWhiteSpace(Sort) && !Sorts.TryGetValue(Sort.Trim(), out sort))
        {
            errors.Add($"sort '{Sort}' must be one of -date, +date, +confidence, -confidence");
        }
        var page = ParseInt(Page, "page", 1, int.MaxValue / maxPageSize, 1, errors);
        var pageSize = ParseInt(PageSize, "pageSize", 1, maxPageSize, defaultPageSize, errors);
        long? article = null;
        if (!string.IsNullOrWhiteSpace(Article))
        {
            if (long.TryParse(Article, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                article = id;
            }
            else
            {
                errors.Add($"article '{Article}' must be an article number");
            }
        }
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add($"from {From} is after to {To}");
        }
        if (errors.Count > 0)
        {
            return (null, string.Join("; ", errors) + ".");
        }
        return (new StatementFilter
        {
            Text = Blank(Q),
            TopicId = Blank(Topic),
            Stance = stance,
            Country = Blank(Country)?.ToUpperInvariant(),
            Actor = Blank(Actor),
            ArticleId = article,
            From = from,
            To = to,
            MinConfidence = min,
            MaxConfidence = max,
            NeedsReview = needsReview,
            Sort = sort,
            Page = page - 1,
            PageSize = pageSize,
        }, null);
    }

    /// <summary>The address parameters for a filter; nulls leave a parameter out.</summary>
    public static Dictionary<string, object?> ToParameters(StatementFilter filter) => new(StringComparer.Ordinal)
    {
        ["q"] = filter.Text,
        ["topic"] = filter.TopicId,
        ["stance"] = filter.Stance?.ToId(),
        ["country"] = filter.Country,
        ["actor"] = filter.Actor,
        ["article"] = filter.ArticleId?.ToString(CultureInfo.InvariantCulture),
        ["from"] = IsoDate.Format(filter.From),
        ["to"] = IsoDate.Format(filter.To),
        ["minConfidence"] = filter.MinConfidence?.ToString("0.##", CultureInfo.InvariantCulture),
        ["maxConfidence"] = filter.MaxConfidence?.ToString("0.##", CultureInfo.InvariantCulture),
        ["needsReview"] = filter.NeedsReview is { } flag ? (flag ? "true" : "false") : null,
        ["sort"] = filter.Sort == StatementSort.DateDescending ? null : SortName(filter.Sort),
        ["page"] = filter.Page > 0 ? (filter.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static DateOnly? ParseDate(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (IsoDate.TryParse(text.Trim(), out var date))
        {
            return date;
        }
        errors.Add($"{name} '{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    private static double? ParseConfidence(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }
        errors.Add($"{name} '{text}' must be a number from 0 to 1");
        return null;
    }

    private static int ParseInt(string? text, string name, int min, int max, int fallback, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min)
        {
            return Math.Min(value, max);
        }
        errors.Add($"{name} '{text}' must be a whole number of at least {min}");
        return fallback;
    }
}
