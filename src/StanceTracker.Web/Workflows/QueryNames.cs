namespace StanceTracker.Web.Workflows;

/// <summary>
/// Every address parameter the pages and the API read or write, each spelled once: the request records bind by these,
/// the pages supply their parameters by them, and links are built from them, so a page, its export link and the API
/// cannot drift apart.
/// </summary>
public static class QueryNames
{
    public const string Text = "q";
    public const string Topic = "topic";
    public const string Stance = "stance";
    public const string Country = "country";
    public const string Actor = "actor";
    public const string Article = "article";
    public const string From = "from";
    public const string To = "to";
    public const string MinConfidence = "minConfidence";
    public const string MaxConfidence = "maxConfidence";
    public const string NeedsReview = "needsReview";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string PageSize = "pageSize";

    public const string AsOf = "asOf";
    public const string Window = "window";
    public const string Region = "region";

    /// <summary>true hides the matrix cells whose stance the model gave with low confidence and no analyst reviewed.</summary>
    public const string HideLowConfidence = "hideLowConfidence";

    /// <summary>json (the default) or csv, on every API endpoint.</summary>
    public const string Format = "format";

    /// <summary>The timeline page compares several: comma-separated actor keys and country codes.</summary>
    public const string Actors = "actors";
    public const string Countries = "countries";

    /// <summary>The audit's filter: one reviewer's name as recorded.</summary>
    public const string Reviewer = "reviewer";

    public const string Key = "key";
    public const string Office = "office";
    public const string Threshold = "threshold";

    /// <summary>The "what changed" page and its Atom feed: shifts on or after this date, of one kind, by countries or leaders.</summary>
    public const string Since = "since";
    public const string Kind = "kind";
    public const string Who = "who";
}
