using System.Collections.Frozen;
using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// The lines of a crawled news page that are not the article: "Read more" and "Most read" lists of other stories'
/// headlines, "Read more: …" links set between paragraphs, photo captions, and whatever follows a wire story's
/// "Reporting by …; Editing by …" credit. Headlines of other stories attribute claims as well as any article does
/// ("Orban says EU sanctions on Russia must end"), so without this a page credits its sidebar's speakers with positions
/// its article never reports. A list is known by its heading, or by three or more headline-like lines in a row. Pages read from HTML lose most of this with their markup; text pages keep it.
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
        var furniture = new HashSet<int>();
        var run = new List<int>();
        foreach (var paragraph in layout.Paragraphs)
        {
            var text = layout.Slice(paragraph.Start, paragraph.End).Trim();
            // Bulleted lines are a readout's or a release's own list, which often goes without full stops.
            if (text.Length >= 20 && IsHeadlineLike(text) && text[0] is not ('-' or '\u2022' or '*' or '\u2013' or '\u2014'))
            {
                run.Add(paragraph.Index);
                continue;
            }
            if (run.Count >= HeadlineRun)
            {
                furniture.UnionWith(run);
            }
            run.Clear();
        }
        if (run.Count >= HeadlineRun)
        {
            furniture.UnionWith(run);
        }
        var inList = false;
        var afterCredit = false;
        foreach (var paragraph in layout.Paragraphs)
        {
            var text = layout.Slice(paragraph.Start, paragraph.End).Trim();
            if (afterCredit)
            {
                furniture.Add(paragraph.Index);
                continue;
            }
            if (IsListHeading(text))
            {
                furniture.Add(paragraph.Index);
                inList = true;
                continue;
            }
            if (inList && IsHeadlineLike(text))
            {
                furniture.Add(paragraph.Index);
                continue;
            }
            inList = false;
            if (IsFurnitureLine(text))
            {
                furniture.Add(paragraph.Index);
            }
            afterCredit = IsWireCredit(text);
        }
        return furniture;
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
