using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>Where an offset falls in an article's layout: its sentence, its paragraph, the quote opening there.</summary>
internal static class LayoutPositions
{
    internal static int SentenceAt(TextLayout layout, int offset)
    {
        var sentences = layout.Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < sentences[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= sentences[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    internal static int ParagraphAt(TextLayout layout, int offset)
    {
        var paragraphs = layout.Paragraphs;
        int lo = 0, hi = paragraphs.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (paragraphs[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>Index of the first quote opening at or after the offset (quotes are in order of their opening marks).</summary>
    internal static int FirstQuoteFrom(List<QuoteSpan> quotes, int offset)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    internal static int QuoteStartingAt(List<QuoteSpan> quotes, int offset)
    {
        var k = FirstQuoteFrom(quotes, offset);
        return k < quotes.Count && quotes[k].Start == offset ? k : -1;
    }

    /// <summary>The quote opening a paragraph, after a list bullet if there is one; -1 if none.</summary>
    internal static int OpeningQuote(TextLayout layout, Paragraph paragraph, List<QuoteSpan> quotes)
    {
        var text = layout.Text;
        var i = paragraph.Start;
        if (i < paragraph.End && text[i] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' or '\u00B7')
        {
            i++;
        }
        else
        {
            var d = i;
            while (d < paragraph.End && char.IsDigit(text[d]))
            {
                d++;
            }
            if (d > i && d < paragraph.End && text[d] is '.' or ')')
            {
                i = d + 1;
            }
        }
        while (i < paragraph.End && text[i] == ' ')
        {
            i++;
        }
        return QuoteStartingAt(quotes, i);
    }

    internal static bool IsLastSentenceOfParagraph(TextLayout layout, Sentence sentence) =>
        sentence.Index + 1 >= layout.Sentences.Count || layout.Sentences[sentence.Index + 1].Paragraph != sentence.Paragraph;

    internal static bool NextParagraphOpensWithQuote(TextLayout layout, int paragraph, List<QuoteSpan> quotes, out int quote)
    {
        quote = paragraph + 1 < layout.Paragraphs.Count ? OpeningQuote(layout, layout.Paragraphs[paragraph + 1], quotes) : -1;
        return quote >= 0;
    }
}
