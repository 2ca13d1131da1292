using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace StanceTracker.Core.Text;

/// <summary>
/// Whether two statement texts are wire copies: the same agency copy re-published with other boilerplate. Texts are
/// normalised (case, accents, quotation marks, dashes and punctuation folded away; a dateline such as
/// "KYIV, March 3 (Reuters) -" dropped; digits kept, "7,000" read as 7000), then the words that only attribute a quote
/// ("he said", "she told reporters on Monday") are left out, and what remains is cut into word trigrams. Two texts are
/// copies when each has at least <see cref="MinWords"/> such words, they have the same numbers, negate as often, and
/// share at least <see cref="MinJaccard"/> of their trigrams (Jaccard). Trigrams rather than single words or pairs, so that moving a "not" from one verb to another
/// changes enough of the text to tell the statements apart.
/// </summary>
public static partial class NearDuplicates
{
    /// <summary>
    /// The share of trigrams two copies must have in common. Copies differing in attribution, datelines and
    /// punctuation score 1 after normalisation; an attribution naming the speaker differently costs a few trigrams
    /// (0.77 on a twelve-word quote); one changed word in a short statement ("NATO" for "the EU") costs more than
    /// that (0.6). A miss only leaves a copy counted twice, as before; a wrong merge would lose a statement, so the
    /// bar leans to the safe side. One word swapped in a long statement ("opposes" for "supports") can still clear it:
    /// the store therefore also asks that the classifier read both texts the same (Data's WireCopies).
    /// </summary>
    public const double MinJaccard = 0.7;

    /// <summary>
    /// The most SimHash bits in which copies may differ to be compared at all. Texts sharing 70% of their trigrams
    /// differ in about 12 bits (sd 3), more alike copies in fewer, unrelated ones in about 32 (sd 4). At 24 about 2% of
    /// a speaker's other statements went on to the exact check, and fingerprinting them made detection cost 60% of a
    /// bulk ingest (a head of state has hundreds of statements in a week); 20 lets through 0.1%, and misses only a
    /// copy at the very edge of the 70% bar (2.7 sd), which then counts twice, as before: the safe side.
    /// </summary>
    public const int MaxCandidateDistance = 20;

    /// <summary>
    /// The fewest words (attribution left out) a statement needs to be taken for a copy. Speakers repeat short formulas
    /// day after day ("Eternal memory to all who died for Ukraine!", "Good afternoon, colleagues."): on the 1,796
    /// presidential releases, about half of what a rule without this bar merged were such repeats, said again at
    /// another event, not one text re-published; their longest had nine words. Agency quotes are sentences. A short
    /// quote re-published is then counted more than once, as before: the safe side.
    /// </summary>
    public const int MinWords = 10;

    /// <summary>Words read of one statement: bounds the cost of a pathological "statement" the length of a book.</summary>
    public const int MaxWords = 4_000;

    private const int ShingleWords = 3;

    // Words that attribute rather than state: a copy's boilerplate differs in exactly these.
    private static readonly HashSet<string> AttributionWords = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "stressed", "declared", "announced",
        "explained", "insisted", "according", "reporters", "journalists", "reuters", "ap", "afp", "he", "she", "they",
        "the", "a", "an", "on", "in", "at", "to", "that", "also", "earlier", "later", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> NegatingWords = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "nowhere",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
        "dozen", "half", "first", "second", "third",
    };

    /// <summary>The fingerprint of <paramref name="text"/>; cost grows with its length up to <see cref="MaxWords"/> words.</summary>
    public static TextFingerprint Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(WithoutDateline(text));
        var numbers = words.Where(IsNumber).Order(StringComparer.Ordinal).ToList();
        var negations = words.Count(IsNegating);
        var content = words.Where(w => !AttributionWords.Contains(w)).ToList();
        var shingles = Shingles(content);
        return new TextFingerprint(SimHash(shingles), shingles, string.Join(' ', numbers), negations, content.Count);
    }

    /// <summary>Whether stored text with hash <paramref name="stored"/> is worth the exact check against <paramref name="candidate"/>.</summary>
    public static bool MayBeCopies(ulong stored, ulong candidate) => BitOperations.PopCount(stored ^ candidate) <= MaxCandidateDistance;

    /// <summary>The exact rule: long enough, same numbers, same number of negations, and trigrams shared at least <see cref="MinJaccard"/>.</summary>
    public static bool AreCopies(TextFingerprint first, TextFingerprint second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.ContentWords >= MinWords && second.ContentWords >= MinWords
            && first.Negations == second.Negations
            && string.Equals(first.Numbers, second.Numbers, StringComparison.Ordinal)
            && Jaccard(first, second) >= MinJaccard;
    }

    /// <summary>The share of the two texts' trigrams they have in common (0 to 1).</summary>
    public static double Jaccard(TextFingerprint first, TextFingerprint second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.IsEmpty || second.IsEmpty)
        {
            return 0;
        }
        var shared = first.Shingles.Count(second.Shingles.Contains);
        return (double)shared / (first.Shingles.Count + second.Shingles.Count - shared);
    }

    /// <summary>The normalised words of <paramref name="text"/>, as compared (before attribution words are left out).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < folded.Length && words.Count < MaxWords; i++)
        {
            var c = folded[i];
            var inWord = word.Length > 0;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            // "don't" and "Russia's" stay one word; "7,000" is 7000 and "1.5" stays 1.5.
            else if (inWord && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1])
                     && (c == '\'' || (c is ',' or '.' && char.IsDigit(folded[i - 1]) && char.IsDigit(folded[i + 1]))))
            {
                if (c != ',')
                {
                    word.Append(c);
                }
            }
            else if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0 && words.Count < MaxWords)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    /// <summary>The text without a leading news dateline ("MOSCOW (AP) — ", "KYIV, March 3 (Reuters) - ").</summary>
    public static string WithoutDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Dateline().Match(text);
        return match.Success ? text[match.Length..] : text;
    }

    // Lower case, accents dropped, every kind of apostrophe one mark; other marks are separators anyway.
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(c is '\u2019' or '\u2018' or '\u02BC' or '`' ? '\'' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    private static bool IsNumber(string word) =>
        word.Any(char.IsDigit) || NumberWords.Contains(word);

    private static bool IsNegating(string word) =>
        NegatingWords.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    private static HashSet<ulong> Shingles(List<string> words)
    {
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }
        // A text shorter than a shingle is one shingle: it is then a copy only of the same words.
        var width = Math.Min(ShingleWords, words.Count);
        for (var i = 0; i + width <= words.Count; i++)
        {
            shingles.Add(Hash(words, i, width));
        }
        return shingles;
    }

    // FNV-1a over the words with a separator, then a SplitMix64 finaliser so that every bit depends on every character:
    // the SimHash needs well-spread bits, and the stored hashes must be the same in every process (unlike string.GetHashCode).
    private static ulong Hash(List<string> words, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    private static ulong SimHash(HashSet<ulong> shingles)
    {
        Span<int> weights = stackalloc int[64];
        foreach (var shingle in shingles)
        {
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        var hash = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                hash |= 1UL << bit;
            }
        }
        return hash;
    }

    // A city in capitals, optionally a date, optionally an agency in brackets, then a dash; or an agency alone.
    [GeneratedRegex(@"^\s*(?:(?:[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+){0,3})(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z .&]{1,30}\))?|\([A-Za-z .&]{1,30}\))\s*[-\u2013\u2014]+\s+",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();
}
