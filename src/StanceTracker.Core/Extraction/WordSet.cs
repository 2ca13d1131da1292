using System.Collections.Frozen;

namespace StanceTracker.Core.Extraction;

/// <summary>The extraction rules' word lists: words separated by spaces, matched ignoring case.</summary>
internal static class WordSet
{
    public static FrozenSet<string> Of(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
