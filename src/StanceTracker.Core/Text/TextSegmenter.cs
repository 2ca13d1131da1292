using System.Collections.Frozen;

namespace StanceTracker.Core.Text;

/// <summary>Paragraph and sentence splitting with offsets into the original text.</summary>
public static class TextSegmenter
{
    // A period after these is not a sentence end ("Mr. Lavrov", "Gen. Syrskyi", "No. 10").
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "st",
        "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept", "est", "rev", "hon", "pres", "messrs", "mme",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // After a dotted acronym ("U.S.") a sentence ends only if one of these follows: "...to the U.S. The President said".
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that", "these",
        "those", "his", "her", "their", "its", "there", "after", "before", "meanwhile", "however", "according", "while", "as",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Paragraphs are separated by line breaks; empty lines produce no paragraph.</summary>
    public static IReadOnlyList<Paragraph> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Paragraph>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }
                if (e > s)
                {
                    result.Add(new Paragraph(result.Count, s, e));
                }
                start = i + 1;
            }
        }
        return result;
    }

    /// <summary>Sentences of every paragraph; no boundary falls inside a top-level quote.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<QuoteSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(quotes);
        var result = new List<Sentence>();
        var q = 0;
        var topLevel = quotes.Where(x => x.Depth == 0).ToList();
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Start;
            var i = paragraph.Start;
            while (i < paragraph.End)
            {
                while (q < topLevel.Count && topLevel[q].End <= i)
                {
                    q++;
                }
                if (q < topLevel.Count && topLevel[q].Start <= i && i < topLevel[q].End)
                {
                    // Inside a quote: jump past it, then see whether the quote itself ended the sentence.
                    var quote = topLevel[q];
                    i = Math.Min(quote.End, paragraph.End);
                    if (quote.End <= paragraph.End && quote.ContentEnd > quote.ContentStart && IsTerminal(text[quote.ContentEnd - 1])
                        && NextStartsSentence(text, i, paragraph.End))
                    {
                        Add(result, text, paragraph, start, i);
                        start = SkipSpace(text, i, paragraph.End);
                        i = start;
                    }
                    continue;
                }
                var c = text[i];
                if (IsTerminal(c) && IsBoundary(text, paragraph, start, i))
                {
                    var end = i + 1;
                    while (end < paragraph.End && IsTerminal(text[end]))
                    {
                        end++;
                    }
                    while (end < paragraph.End && (text[end] is ')' or ']' || IsClosingMark(text[end]) && !StartsQuote(topLevel, end)))
                    {
                        end++;
                    }
                    Add(result, text, paragraph, start, end);
                    start = SkipSpace(text, end, paragraph.End);
                    i = start;
                    continue;
                }
                i++;
            }
            if (start < paragraph.End)
            {
                Add(result, text, paragraph, start, paragraph.End);
            }
        }
        return result;
    }

    private static bool StartsQuote(List<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Start == offset)
            {
                return true;
            }
            if (quotes[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return false;
    }

    private static void Add(List<Sentence> result, string text, Paragraph paragraph, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new Sentence(result.Count, paragraph.Index, start, end));
        }
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    internal static bool IsClosingMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    private static bool NextStartsSentence(string text, int i, int end)
    {
        var j = SkipSpace(text, i, end);
        if (j >= end)
        {
            return true;
        }
        if (j == i)
        {
            return false;
        }
        var c = text[j];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u00AB' or '\u2018' or '(' or '[' or '-' or '\u2013' or '\u2014';
    }

    private static bool IsBoundary(string text, Paragraph paragraph, int sentenceStart, int i)
    {
        var c = text[i];
        var after = i + 1;
        while (after < paragraph.End && (IsTerminal(text[after]) || text[after] is ')' or ']' || IsClosingMark(text[after])))
        {
            after++;
        }
        if (!NextStartsSentence(text, after, paragraph.End))
        {
            return false;
        }
        if (c != '.')
        {
            return true;
        }
        // The word before the period.
        var w = i;
        while (w > sentenceStart && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }
        var word = text.AsSpan(w, i - w);
        if (word.Length == 0)
        {
            return true;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }
        if (word.Contains('.'))
        {
            // "U.S." / "a.m.": a boundary only if a typical sentence opener follows.
            var n = SkipSpace(text, after, paragraph.End);
            var e = n;
            while (e < paragraph.End && char.IsLetter(text[e]))
            {
                e++;
            }
            return SentenceStarters.Contains(text[n..e]);
        }
        if (Abbreviations.Contains(word.ToString()))
        {
            // "No. 10" and "Mr. Lavrov" never end a sentence; "in Oct. The" rarely matters.
            return false;
        }
        return true;
    }
}
