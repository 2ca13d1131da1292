namespace StanceTracker.Data.Queries;

/// <summary>
/// What a search box's text asks for, the same for every engine: each whitespace-separated term, all of which a
/// statement must contain. Terms with no letter or digit would tokenise to nothing and are dropped.
/// </summary>
internal static class SearchTerms
{
    public static IReadOnlyList<string> Of(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(term => term.Any(char.IsLetterOrDigit)).ToList();
}
