using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StanceTracker.Core.Articles;

/// <summary>Turns HTML (a page, or markup inside a feed item) into plain paragraphs, leaving page furniture behind.</summary>
internal static class HtmlText
{
    private const string FurnitureTags = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button";

    // ARIA landmarks that say the same as nav, header, footer and aside.
    private static readonly FrozenSet<string> FurnitureRoles =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "navigation", "banner", "contentinfo", "complementary", "search");

    // Distinctive enough to match inside compound names ("cookieBanner", "newsletter-signup", "shareBar").
    private static readonly string[] FurnitureFragments =
    [
        "cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription", "breadcrumb", "advert",
        "sharebar", "sharing", "related", "recommend",
    ];

    // Only as whole words: as fragments they would hit "commentary", "admin", "shareholders", "menuetto".
    private static readonly FrozenSet<string> FurnitureWords = FrozenSet.Create(StringComparer.Ordinal,
        "share", "shares", "social", "comment", "comments", "disqus", "ad", "ads", "adslot", "sponsored", "promo",
        "menu", "navbar", "sidebar", "outbrain", "taboola");

    private static readonly char[] WordSeparators = [' ', '-', '_', '\t', '\n', '\r', '.', ':', '/'];

    // Containers whose class is about the page as a whole; dropping them would drop the article with them.
    private static readonly FrozenSet<string> NeverFurniture = FrozenSet.Create(StringComparer.Ordinal, "html", "body", "main", "article");

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.Ordinal,
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main", "body",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "figcaption", "address", "details", "summary", "hr", "center");

    /// <summary>
    /// Parses within the budget: markup over the depth or element limits is refused before the parser sees it, and the
    /// parser's own element count and the deadline are checked as it builds the tree.
    /// </summary>
    public static IHtmlDocument Parse(string html, ReadBudget budget)
    {
        var limits = budget.Options;
        if (MarkupScan.Check(html, limits.MaxHtmlDepth, limits.MaxHtmlElements) is { } refusal)
        {
            throw new ArticleRefusedException(refusal);
        }
        budget.Check();
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // Also keeps every recursive walk of the tree (BlockText) within a bounded stack.
            MaximumDepth = limits.MaxHtmlDepth,
            OnCreated = (_, _) => budget.CountElement(),
        });
        return parser.ParseDocument(html);
    }

    /// <summary>Plain text of markup found inside a feed item.</summary>
    public static string FromFragment(string html, ReadBudget budget)
    {
        using var document = Parse(html, budget);
        var body = document.Body ?? document.DocumentElement;
        RemoveFurniture(body);
        return BlockText(body, budget);
    }

    /// <summary>Removes scripts, navigation and boilerplate boxes below <paramref name="root"/>.</summary>
    public static void RemoveFurniture(IElement root)
    {
        var doomed = root.QuerySelectorAll(FurnitureTags)
            .Concat(root.QuerySelectorAll("*").Where(IsFurniture))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        if (NeverFurniture.Contains(element.LocalName))
        {
            return false;
        }
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }
        var names = $"{element.Id} {element.ClassName} {element.GetAttribute("aria-label")}".ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }
        return FurnitureFragments.Any(fragment => names.Contains(fragment, StringComparison.Ordinal))
            || names.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Any(FurnitureWords.Contains);
    }

    /// <summary>
    /// The text below <paramref name="root"/> as paragraphs separated by blank lines: one per block element, plus
    /// one for each run of loose text between blocks, so nested blocks never repeat their text.
    /// </summary>
    public static string BlockText(INode root, ReadBudget budget)
    {
        var paragraphs = new List<string>();
        var pending = new StringBuilder();
        var visited = 0;
        Walk(root, paragraphs, pending, budget, ref visited);
        Flush(paragraphs, pending);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder pending, ReadBudget budget, ref int visited)
    {
        foreach (var child in node.ChildNodes)
        {
            if ((++visited & 0x3FF) == 0)
            {
                budget.Check();
            }
            switch (child)
            {
                case IText text:
                    // Markup line breaks are layout, not text; only <br> and blocks break lines.
                    foreach (var c in text.Data)
                    {
                        pending.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    }
                    break;
                case IElement { LocalName: "br" }:
                    pending.Append('\n');
                    break;
                case IElement { LocalName: "pre" } pre:
                    Flush(paragraphs, pending);
                    if (!string.IsNullOrWhiteSpace(pre.TextContent))
                    {
                        paragraphs.Add(pre.TextContent.Trim('\n', '\r'));
                    }
                    break;
                case IElement block when BlockTags.Contains(block.LocalName):
                    Flush(paragraphs, pending);
                    Walk(block, paragraphs, pending, budget, ref visited);
                    Flush(paragraphs, pending);
                    break;
                case IElement inline:
                    Walk(inline, paragraphs, pending, budget, ref visited);
                    break;
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder pending)
    {
        var lines = pending.ToString()
            .Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
        pending.Clear();
    }
}
