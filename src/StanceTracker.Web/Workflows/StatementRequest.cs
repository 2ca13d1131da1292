using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Workflows;

/// <summary>
/// The statements filter as it travels in an address, bound by the API with <c>[AsParameters]</c> and filled by the
/// page from the same <see cref="QueryNames"/>, so an export link gives exactly the rows on screen. <see cref="Page"/>
/// in the address is one-based. Values stay text until <see cref="ToFilter"/>, which names every bad one at once.
/// </summary>
public sealed record StatementRequest
{
    [FromQuery(Name = QueryNames.Text)] public string? Q { get; init; }
    [FromQuery(Name = QueryNames.Topic)] public string? Topic { get; init; }
    [FromQuery(Name = QueryNames.Stance)] public string? Stance { get; init; }
    [FromQuery(Name = QueryNames.Country)] public string? Country { get; init; }
    [FromQuery(Name = QueryNames.Actor)] public string? Actor { get; init; }
    [FromQuery(Name = QueryNames.Article)] public string? Article { get; init; }
    [FromQuery(Name = QueryNames.From)] public string? From { get; init; }
    [FromQuery(Name = QueryNames.To)] public string? To { get; init; }
    [FromQuery(Name = QueryNames.MinConfidence)] public string? MinConfidence { get; init; }
    [FromQuery(Name = QueryNames.MaxConfidence)] public string? MaxConfidence { get; init; }
    [FromQuery(Name = QueryNames.NeedsReview)] public string? NeedsReview { get; init; }
    [FromQuery(Name = QueryNames.Sort)] public string? Sort { get; init; }
    [FromQuery(Name = QueryNames.Page)] public string? Page { get; init; }
    [FromQuery(Name = QueryNames.PageSize)] public string? PageSize { get; init; }

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
                errors.Add($"{QueryNames.Stance} '{Stance}' is not one of support, open, neutral, oppose");
            }
        }
        var from = ParseDate(From, QueryNames.From, errors);
        var to = ParseDate(To, QueryNames.To, errors);
        var min = ParseConfidence(MinConfidence, QueryNames.MinConfidence, errors);
        var max = ParseConfidence(MaxConfidence, QueryNames.MaxConfidence, errors);
        bool? needsReview = null;
        if (!string.IsNullOrWhiteSpace(NeedsReview))
        {
            if (bool.TryParse(NeedsReview, out var flag))
            {
                needsReview = flag;
            }
            else
            {
                errors.Add($"{QueryNames.NeedsReview} '{NeedsReview}' must be true or false");
            }
        }
        var sort = StatementSort.DateDescending;
        if (!string.IsNullOrWhiteSpace(Sort) && !Sorts.TryGetValue(Sort.Trim(), out sort))
        {
            errors.Add($"{QueryNames.Sort} '{Sort}' must be one of -date, +date, +confidence, -confidence");
        }
        var page = ParseInt(Page, QueryNames.Page, 1, int.MaxValue / maxPageSize, 1, errors);
        var pageSize = ParseInt(PageSize, QueryNames.PageSize, 1, maxPageSize, defaultPageSize, errors);
        long? article = null;
        if (!string.IsNullOrWhiteSpace(Article))
        {
            if (long.TryParse(Article, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                article = id;
            }
            else
            {
                errors.Add($"{QueryNames.Article} '{Article}' must be an article number");
            }
        }
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add($"{QueryNames.From} {From} is after {QueryNames.To} {To}");
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
        [QueryNames.Text] = filter.Text,
        [QueryNames.Topic] = filter.TopicId,
        [QueryNames.Stance] = filter.Stance?.ToId(),
        [QueryNames.Country] = filter.Country,
        [QueryNames.Actor] = filter.Actor,
        [QueryNames.Article] = filter.ArticleId?.ToString(CultureInfo.InvariantCulture),
        [QueryNames.From] = IsoDate.Format(filter.From),
        [QueryNames.To] = IsoDate.Format(filter.To),
        [QueryNames.MinConfidence] = filter.MinConfidence?.ToString("0.##", CultureInfo.InvariantCulture),
        [QueryNames.MaxConfidence] = filter.MaxConfidence?.ToString("0.##", CultureInfo.InvariantCulture),
        [QueryNames.NeedsReview] = filter.NeedsReview is { } flag ? (flag ? "true" : "false") : null,
        [QueryNames.Sort] = filter.Sort == StatementSort.DateDescending ? null : SortName(filter.Sort),
        [QueryNames.Page] = filter.Page > 0 ? (filter.Page + 1).ToString(CultureInfo.InvariantCulture) : null,
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
