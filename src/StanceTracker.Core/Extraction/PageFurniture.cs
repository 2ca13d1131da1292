using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// The lines of a crawled news page that are not the article: "Read more" and "Most read" lists of other stories'
/// headlines, "Read more: …" links set between paragraphs, photo captions, and whatever follows a wire story's
/// "Reporting by …; Editing by …" credit. Headlines of other stories attribute claims as well as any article does
/// ("Orban says EU sanctions on Russia must end"), so without this a page credits its sidebar's speakers with positions
/// its article never reports. A list is known by its heading, or by three or more headline-like lines in a row. Pages
/// read from HTML lose most of this with their markup; text pages keep it.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Lines that open a list of other stories.</summary>
    private static readonly FrozenSet<string> ListHeadings = new[]
    {
        "read more", "read next", "also read", "more to read", "what to read next", "related", "related articles",
        "related stories", "related content", "related news", "related topics", "related coverage", "related links",
        "most read", "most popular", "most viewed", "most shared", "popular", "popular now", "trending", "trending now",
        "latest", "latest news", "latest stories", "top stories", "more stories", "more news", "more on this story",
        "more on this topic", "more from this section", "you may also like", "you might also like", "you may be interested in",
        "recommended", "recommended stories", "recommended for you", "see also", "editor's picks", "editors' picks",
        "further reading", "in other news", "don't miss", "explore more", "keep reading", "more coverage",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Openings of a single furniture line: a link to another story, a caption, an advertisement marker.</summary>
    private static readonly string[] LinePrefixes =
    [
        "read more:", "read more ", "read also:", "also read:", "related:", "see also:", "more:", "watch:", "listen:",
        "photo:", "file photo:", "image:", "picture:", "caption:", "video:", "advertisement", "sign up", "subscribe to",
    ];

    /// <summary>A run of this many headline-like lines in a row, with no heading over it, is a list of other stories.</summary>
    private const int HeadlineRun = 3;

    /// <summary>Indices of the body's paragraphs that belong to the page around the article, not to the article.</summary>
    public static HashSet<int> Find(TextLayout layout)
    {
        // A paragraph's index is its place in the list, so the texts are indexed the same way.
        var texts = layout.Paragraphs.Select(p => layout.Slice(p.Start, p.End).Trim()).ToList();
        var furniture = HeadlineRuns(texts);
        var inList = false;
        var afterCredit = false;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (afterCredit)
            {
                furniture.Add(i);
                continue;
            }
            if (IsListHeading(text))
            {
                furniture.Add(i);
                inList = true;
                continue;
            }
            if (inList && IsHeadlineLike(text))
            {
                furniture.Add(i);
                continue;
            }
            inList = false;
            if (IsFurnitureLine(text))
            {
                furniture.Add(i);
            }
            afterCredit = IsWireCredit(text);
        }
        return furniture;
    }

    /// <summary>The paragraphs in runs of <see cref="HeadlineRun"/> or more headline-like lines.</summary>
    private static HashSet<int> HeadlineRuns(List<string> texts)
    {
        var found = new HashSet<int>();
        var runStart = 0;
        for (var i = 0; i <= texts.Count; i++)
        {
            // Bulleted lines are a readout's or a release's own list, which often goes without full stops.
            if (i < texts.Count && texts[i].Length >= 20 && IsHeadlineLike(texts[i]) && texts[i][0] is not ('-' or '\u2022' or '*' or '\u2013' or '\u2014'))
            {
                continue;
            }
            if (i - runStart >= HeadlineRun)
            {
                found.UnionWith(Enumerable.Range(runStart, i - runStart));
            }
            runStart = i + 1;
        }
        return found;
    }

    private static bool IsListHeading(string text) => text.Length <= 40 && ListHeadings.Contains(text.TrimEnd(':', '\u203A', '>', ' ', '\u00BB'));

    /// <summary>A headline, not prose: short, and not closed by a sentence's end or a closing quotation mark.</summary>
    private static bool IsHeadlineLike(string text) =>
        text.Length <= 160 && text[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ':' or ';' or ',');

    private static bool IsFurnitureLine(string text) =>
        LinePrefixes.Any(prefix => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (prefix[^1] is ':' or ' ' || text.Length < 60))
        || (text.Length <= 400 && (text.Contains("REUTERS/", StringComparison.Ordinal) || text.Contains("/File Photo", StringComparison.OrdinalIgnoreCase)));

    /// <summary>"Reporting by …; Editing by …": the last line of a wire story; the page's furniture follows it.</summary>
    private static bool IsWireCredit(string text) =>
        text.Length <= 300 && text.StartsWith("Reporting by ", StringComparison.Ordinal) && text.Contains("Editing by ", StringComparison.Ordinal);
}
