using System.Collections.Frozen;
using System.Globalization;

namespace StanceTracker.Core.Articles;

/// <summary>
/// One linear pass over markup before it is parsed, counting elements and estimating how deep they nest, so markup
/// built to make the parser work quadratically (100,000 unclosed &lt;span&gt;&lt;b&gt;&lt;i&gt;) is refused at the
/// cost of reading it once. The estimate follows the HTML rules that matter for depth: void elements, raw-text
/// elements, end tags closing what they match, and the elements whose end tag is optional (a new &lt;p&gt; or a
/// block closes an open &lt;p&gt;, a new &lt;li&gt; the open &lt;li&gt; of its list). It errs low, never high, so a
/// sloppy real page is not refused; what it misses the parser's element count and the time budget still catch.
/// </summary>
internal static class MarkupScan
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "frame", "basefont", "bgsound", "command", "image");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext");

    // Starting one of these closes an open <p> (HTML's "close a p element in button scope").
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul", "li", "dd", "dt");

    // Where the search for an open element to close stops: what lies beyond belongs to another container.
    private static readonly FrozenSet<string> ScopeBoundary = FrozenSet.Create(StringComparer.Ordinal,
        "html", "table", "td", "th", "caption", "button", "object", "marquee", "applet", "template", "select");

    private static readonly FrozenDictionary<string, string[]> SiblingCloses = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["li"] = ["li"],
        ["dt"] = ["dt", "dd"],
        ["dd"] = ["dt", "dd"],
        ["tr"] = ["tr", "td", "th"],
        ["td"] = ["td", "th"],
        ["th"] = ["td", "th"],
        ["option"] = ["option"],
        ["optgroup"] = ["optgroup", "option"],
        ["thead"] = ["thead", "tbody", "tfoot", "tr", "td", "th"],
        ["tbody"] = ["thead", "tbody", "tfoot", "tr", "td", "th"],
        ["tfoot"] = ["thead", "tbody", "tfoot", "tr", "td", "th"],
        ["rt"] = ["rt", "rp"],
        ["rp"] = ["rt", "rp"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ListContainers = FrozenSet.Create(StringComparer.Ordinal, "ul", "ol", "dl", "menu");

    /// <summary>Null when the markup is within the limits, else the reason to refuse it.</summary>
    public static string? Check(string html, int maxDepth, int maxElements)
    {
        var open = new List<string>();
        var elements = 0;
        var i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!' || next == '?')
            {
                i = SkipPast(html, i, html.AsSpan(i).StartsWith("<!--") ? "-->" : ">");
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosed = tagEnd > nameEnd && html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            if (closing)
            {
                CloseTo(open, name, [name], stopAtScope: false);
                continue;
            }
            if (++elements > maxElements)
            {
                return string.Create(CultureInfo.InvariantCulture, $"markup has more than {maxElements:N0} elements; refused before parsing");
            }
            if (RawText.Contains(name))
            {
                i = SkipPastIgnoreCase(html, i, "</" + name);
                continue;
            }
            if (name == "p" || ClosesParagraph.Contains(name))
            {
                CloseTo(open, "p", ["p"], stopAtScope: true);
            }
            if (SiblingCloses.TryGetValue(name, out var siblings))
            {
                CloseTo(open, name, siblings, stopAtScope: true);
            }
            if (Void.Contains(name) || selfClosed)
            {
                continue;
            }
            open.Add(name);
            if (open.Count > maxDepth)
            {
                return string.Create(CultureInfo.InvariantCulture, $"markup is nested more than {maxDepth} elements deep; refused before parsing");
            }
        }
        return null;
    }

    /// <summary>Closes the innermost open element among <paramref name="names"/> and everything inside it.</summary>
    private static void CloseTo(List<string> open, string name, string[] names, bool stopAtScope)
    {
        for (var at = open.Count - 1; at >= 0; at--)
        {
            var element = open[at];
            if (Array.IndexOf(names, element) >= 0)
            {
                open.RemoveRange(at, open.Count - at);
                return;
            }
            // A list item looks for its sibling only inside its own list.
            if (stopAtScope && (ScopeBoundary.Contains(element) || (name is "li" or "dt" or "dd" && ListContainers.Contains(element))))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The index of the '&gt;' ending the tag whose name ends at <paramref name="from"/>. As in HTML's tokenizer, a
    /// quote opens a quoted value only right after '=' ("it's" in an unquoted value quotes nothing).
    /// </summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '>')
            {
                return j;
            }
            else if (c == '=')
            {
                afterEquals = true;
            }
            else if (afterEquals && c is '"' or '\'')
            {
                quote = c;
                afterEquals = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }
        }
        return html.Length;
    }

    private static int SkipPast(string html, int from, string end)
    {
        var at = html.IndexOf(end, from + 2, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + end.Length;
    }

    private static int SkipPastIgnoreCase(string html, int from, string end)
    {
        var at = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + end.Length;
    }
}
