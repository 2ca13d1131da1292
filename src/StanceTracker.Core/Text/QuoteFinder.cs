namespace StanceTracker.Core.Text;

/// <summary>
/// Pairs quotation marks: curly (“ ” ‘ ’), straight (" '), low-9 („) and guillemets (« »), nested to any depth.
/// Work is per paragraph so that one stray mark cannot turn the rest of an article inside out: a quote still open at
/// the end of a paragraph continues only if the next paragraph reopens it (the news convention for quotes running over
/// several paragraphs); otherwise it is dropped, unless it opened the paragraph, in which case it runs to the end.
/// </summary>
public static class QuoteFinder
{
    private enum MarkKind
    {
        CurlyDouble,
        StraightDouble,
        Guillemet,
        CurlySingle,
        StraightSingle,
    }

    private sealed class Open(MarkKind kind, int start, int depth)
    {
        public MarkKind Kind { get; } = kind;

        public int Start { get; } = start;

        public int Depth { get; } = depth;

        public bool Continued { get; set; }
    }

    public static IReadOnlyList<QuoteSpan> Find(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var result = new List<QuoteSpan>();
        Open? carried = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var stack = new List<Open>();
            var i = paragraph.Start;
            if (carried is not null)
            {
                // The previous paragraph left a quote open and this one reopens it (or, less tidily, only closes it):
                // the same quotation goes on.
                stack.Add(carried);
                if (Reopens(carried.Kind, text[i]))
                {
                    i++;
                }
                carried = null;
            }
            for (; i < paragraph.End; i++)
            {
                var c = text[i];
                var prev = i > paragraph.Start ? text[i - 1] : ' ';
                var next = i + 1 < paragraph.End ? text[i + 1] : ' ';
                switch (c)
                {
                    case '\u201C' or '\u201E':
                        if (c == '\u201C' && TopIs(stack, MarkKind.CurlyDouble) && !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next)))
                        {
                            // A typesetter's “ used as a closing mark.
                            Close(stack, MarkKind.CurlyDouble, i, result);
                        }
                        else
                        {
                            stack.Add(new Open(MarkKind.CurlyDouble, i, stack.Count));
                        }
                        break;
                    case '\u201D':
                        Close(stack, MarkKind.CurlyDouble, i, result);
                        break;
                    case '\u00AB':
                        stack.Add(new Open(MarkKind.Guillemet, i, stack.Count));
                        break;
                    case '\u00BB':
                        Close(stack, MarkKind.Guillemet, i, result);
                        break;
                    case '"':
                        if (Has(stack, MarkKind.StraightDouble))
                        {
                            Close(stack, MarkKind.StraightDouble, i, result);
                        }
                        else if (i == paragraph.Start || !(char.IsLetterOrDigit(prev) || prev is '.' or ',' or ';' or '!' or '?' or ')'))
                        {
                            stack.Add(new Open(MarkKind.StraightDouble, i, stack.Count));
                        }
                        break;
                    case '\u2018':
                        if (!char.IsLetterOrDigit(prev))
                        {
                            stack.Add(new Open(MarkKind.CurlySingle, i, stack.Count));
                        }
                        break;
                    case '\u2019':
                        // Between letters (don’t, Russia’s) or after a plural s it is an apostrophe unless a single quote is open.
                        if (Has(stack, MarkKind.CurlySingle) && !char.IsLetter(next))
                        {
                            Close(stack, MarkKind.CurlySingle, i, result);
                        }
                        break;
                    case '\'':
                        if (Has(stack, MarkKind.StraightSingle) && !char.IsLetter(next) && !char.IsWhiteSpace(prev))
                        {
                            Close(stack, MarkKind.StraightSingle, i, result);
                        }
                        else if (!char.IsLetterOrDigit(prev) && char.IsLetter(next))
                        {
                            stack.Add(new Open(MarkKind.StraightSingle, i, stack.Count));
                        }
                        break;
                    default:
                        break;
                }
            }
            if (stack.Count == 0)
            {
                continue;
            }
            var outer = stack[0];
            // Only a quotation that opens like a sentence carries on: "He called it "a disaster" has lost a mark, not a paragraph.
            var sentenceLike = outer.Start + 1 < text.Length && (char.IsUpper(text[outer.Start + 1]) || IsParagraphStart(text, paragraphs, outer.Start));
            if (outer.Kind is not (MarkKind.CurlySingle or MarkKind.StraightSingle) && p + 1 < paragraphs.Count && sentenceLike
                && (Reopens(outer.Kind, text[paragraphs[p + 1].Start]) || FirstMarkCloses(text, paragraphs[p + 1], outer.Kind)))
            {
                outer.Continued = true;
                carried = outer;
            }
            else if (outer.Kind is not (MarkKind.CurlySingle or MarkKind.StraightSingle) && IsParagraphStart(text, paragraphs, outer.Start))
            {
                // A quote opening its paragraph and never closed: the closing mark is what was lost, not the quote.
                result.Add(new QuoteSpan(outer.Start, paragraph.End, outer.Start + 1, paragraph.End, 0, false, outer.Continued));
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool IsParagraphStart(string text, IReadOnlyList<Paragraph> paragraphs, int offset) =>
        paragraphs.Any(p => p.Start == offset) || offset > 0 && text[offset - 1] == '\n';

    private static bool Reopens(MarkKind kind, char c) => kind switch
    {
        MarkKind.CurlyDouble => c is '\u201C' or '\u201E',
        MarkKind.StraightDouble => c is '"',
        MarkKind.Guillemet => c is '\u00AB',
        _ => false,
    };

    /// <summary>The next paragraph's first double mark can only be a closing one ("... early." After): the quote runs on unreopened.</summary>
    private static bool FirstMarkCloses(string text, Paragraph paragraph, MarkKind kind)
    {
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                var prev = i > paragraph.Start ? text[i - 1] : ' ';
                var next = i + 1 < paragraph.End ? text[i + 1] : ' ';
                var closing = kind switch
                {
                    MarkKind.CurlyDouble => c == '\u201D',
                    MarkKind.Guillemet => c == '\u00BB',
                    _ => c == '"' && !char.IsWhiteSpace(prev) && (char.IsWhiteSpace(next) || char.IsPunctuation(next)),
                };
                return closing;
            }
        }
        return false;
    }

    private static bool TopIs(List<Open> stack, MarkKind kind) => stack.Count > 0 && stack[^1].Kind == kind;

    private static bool Has(List<Open> stack, MarkKind kind)
    {
        foreach (var open in stack)
        {
            if (open.Kind == kind)
            {
                return true;
            }
        }
        return false;
    }

    private static void Close(List<Open> stack, MarkKind kind, int at, List<QuoteSpan> result)
    {
        var index = stack.FindLastIndex(o => o.Kind == kind);
        if (index < 0)
        {
            return; // a stray closing mark
        }
        // Inner quotes left open inside this one are dropped: their marks were apostrophes or typos.
        var open = stack[index];
        stack.RemoveRange(index, stack.Count - index);
        result.Add(new QuoteSpan(open.Start, at + 1, open.Start + 1, at, open.Depth, true, open.Continued));
    }
}
