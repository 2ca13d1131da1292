namespace StanceTracker.Core.Text;

public enum TokenKind
{
    Word,
    Punctuation,
    QuoteMark,
}

/// <summary>A word or mark with offsets into the body. <see cref="InQuote"/> is set inside a top-level quotation.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Text, bool InQuote)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter (or digit-free acronym such as "U.S.").</summary>
    public bool IsCapitalised => Kind == TokenKind.Word && Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Splits text into words and marks. Words keep inner hyphens, periods and apostrophes (Mar-a-Lago, U.S., O'Brien);
/// a possessive 's is its own token so "Russia's foreign minister" reads as country + title.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end, IReadOnlyList<QuoteSpan>? quotes = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var q = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int tokenEnd;
            TokenKind kind;
            if (char.IsLetterOrDigit(c) || c == '@' || c == '#')
            {
                tokenEnd = i + 1;
                while (tokenEnd < end)
                {
                    var d = text[tokenEnd];
                    if (char.IsLetterOrDigit(d))
                    {
                        tokenEnd++;
                    }
                    else if ((d is '-' or '.' or '\'' or '\u2019' or '&' or ',') && tokenEnd + 1 < end && char.IsLetterOrDigit(text[tokenEnd + 1])
                             && !(d is '\'' or '\u2019' && IsPossessiveS(text, tokenEnd, end))
                             && !(d == ',' && !(char.IsDigit(text[tokenEnd - 1]) && char.IsDigit(text[tokenEnd + 1]))))
                    {
                        tokenEnd += 2;
                    }
                    else if (d == '.' && tokenEnd + 1 <= end && tokenEnd - i >= 1 && text.AsSpan(i, tokenEnd - i).Contains('.'))
                    {
                        tokenEnd++; // the last period of "U.S."
                        break;
                    }
                    else
                    {
                        break;
                    }
                }
                kind = TokenKind.Word;
            }
            else if ((c is '\'' or '\u2019') && IsPossessiveS(text, i, end))
            {
                tokenEnd = i + 2;
                kind = TokenKind.Word;
            }
            else
            {
                tokenEnd = i + 1;
                kind = c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E'
                    ? TokenKind.QuoteMark
                    : TokenKind.Punctuation;
            }
            var inQuote = false;
            if (quotes is not null)
            {
                while (q < quotes.Count && quotes[q].End <= i)
                {
                    q++;
                }
                for (var k = q; k < quotes.Count && quotes[k].Start <= i; k++)
                {
                    if (quotes[k].Depth == 0 && i >= quotes[k].Start && i < quotes[k].End)
                    {
                        inQuote = true;
                        break;
                    }
                }
            }
            tokens.Add(new Token(i, tokenEnd, kind, text[i..tokenEnd], inQuote));
            i = tokenEnd;
        }
        return tokens;
    }

    private static bool IsPossessiveS(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
