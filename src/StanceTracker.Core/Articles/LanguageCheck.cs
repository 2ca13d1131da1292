using System.Collections.Frozen;
using System.Globalization;

namespace StanceTracker.Core.Articles;

/// <summary>
/// Statements are found in English text only. When an article in another language yields none, the user is told
/// why, instead of seeing an empty result that looks like a fault.
/// </summary>
public static class LanguageCheck
{
    // The commonest English words: a third or more of running English text, almost none of French or German.
    private static readonly FrozenSet<string> EnglishWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "and", "of", "to", "a", "is", "that", "said", "for", "on", "with", "was", "it", "he", "she", "by", "as", "at",
        "his", "her", "they", "be", "have", "has", "not", "from", "this", "would", "will", "we", "are", "an", "or", "which");

    private const double EnglishShare = 0.12;
    private const int WordsLooked = 2_000;

    /// <summary>Why an article with <paramref name="statements"/> statements has none, when its language explains it; else null.</summary>
    public static string? NoStatementsNote(Article article, int statements)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (statements > 0)
        {
            return null;
        }
        if (article.Language is { } declared && !declared.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return $"no statements found: the article is in {Name(declared)}, and statements are only found in English text";
        }
        if (article.Language is null && !LooksEnglish(article.Body))
        {
            return "no statements found: the text does not look like English, and statements are only found in English text";
        }
        return null;
    }

    internal static bool LooksEnglish(string text)
    {
        var words = text.Split((char[]?)null, WordsLooked + 1, StringSplitOptions.RemoveEmptyEntries).Take(WordsLooked).ToList();
        if (words.Count < 8)
        {
            // Too short to tell; say nothing rather than something wrong.
            return true;
        }
        var english = words.Count(w => EnglishWords.Contains(w.Trim('"', '\'', ',', '.', ';', ':', '(', ')', '\u201C', '\u201D')));
        return english >= EnglishShare * words.Count;
    }

    private static string Name(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code.Trim());
            return culture.EnglishName == code ? $"'{code}'" : $"{culture.EnglishName} ('{code}')";
        }
        catch (CultureNotFoundException)
        {
            return $"'{code}'";
        }
    }
}
