using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StanceTracker.Core.Articles;

/// <summary>Reads one article from a saved web page: metadata from the usual meta tags, text from the main content.</summary>
internal static class HtmlArticleReader
{
    private const string MissingDate =
        "no publication date in the page (no article:published_time, datePublished or <time datetime>): pass --published";

    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — "];

    public static ArticleReadResult Read(string html, string origin, ReadBudget budget)
    {
        var options = budget.Options;
        using var document = HtmlText.Parse(html, budget);
        // Metadata first: the <h1> and the JSON-LD date can live in elements that furniture removal drops.
        var siteName = Meta(document, "og:site_name");
        var title = Meta(document, "og:title")
            ?? WithoutSiteName(document.Title, siteName)
            ?? (document.QuerySelector("article h1, main h1") ?? document.QuerySelector("h1"))?.TextContent;
        var published = TaggedDates(document).ToList();
        var url = Meta(document, "og:url") ?? Attribute(document.QuerySelector("link[rel=canonical]"), "href");
        var author = Meta(document, "author") ?? Meta(document, "article:author");
        var language = Attribute(document.DocumentElement, "lang");

        budget.Check();
        HtmlText.RemoveFurniture(document.DocumentElement);
        budget.Check();
        var main = MainContent(document);
        // Only now: the first <time> of the whole page is as likely to date a teaser in a sidebar as the article.
        if (Attribute(main.QuerySelector("time[datetime]"), "datetime") is { } time)
        {
            published.Add(time);
        }
        var body = HtmlText.BlockText(main, budget);

        return new ArticleFields(
            Title: title,
            Body: body,
            // A page often carries several dates; a malformed one in one tag should not hide a good one in the next.
            PublishedText: published.Find(text => PublishedDateParser.TryParse(text, out _) is null) ?? published.FirstOrDefault(),
            Source: siteName,
            Url: url,
            Author: author,
            Language: language)
            .Complete(origin, options, MissingDate);
    }

    private static IElement MainContent(IHtmlDocument document)
    {
        // Only outermost articles: an outer one holds all the text of those inside it, and measuring every nested
        // article would copy the same text once per level.
        var article = document.QuerySelectorAll("article")
            .Where(element => element.ParentElement?.Closest("article") is null)
            .MaxBy(element => element.TextContent.Length);
        return article
            ?? document.QuerySelector("main, [role=main]")
            ?? document.Body
            ?? document.DocumentElement;
    }

    /// <summary>Publication dates the page states in its metadata, most specific first.</summary>
    private static IEnumerable<string> TaggedDates(IHtmlDocument document)
    {
        string?[] tagged =
        [
            Meta(document, "article:published_time"),
            Meta(document, "og:published_time"),
            ItemPropDate(document.QuerySelector("[itemprop=datePublished]")),
            Meta(document, "date"),
            Meta(document, "pubdate"),
            Attribute(document.QuerySelector("time[pubdate][datetime]"), "datetime"),
        ];
        foreach (var text in tagged)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return text;
            }
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is { } text)
            {
                yield return text;
            }
        }
    }

    private static string? ItemPropDate(IElement? element) =>
        element is null ? null : Attribute(element, "content") ?? Attribute(element, "datetime") ?? element.TextContent;

    private static string? JsonLdDate(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FindDatePublished(document.RootElement);
        }
        catch (JsonException)
        {
            // Broken structured data is common and says nothing about the article; the other sources still count.
            return null;
        }
    }

    // JSON-LD nests the article inside "@graph" arrays or lists of entities; search all of it.
    private static string? FindDatePublished(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>Open Graph uses property=, most others name=; pages mix them up, so either is accepted.</summary>
    private static string? Meta(IHtmlDocument document, string key) =>
        Attribute(document.QuerySelector($"meta[property='{key}'], meta[name='{key}']"), "content");

    private static string? Attribute(IElement? element, string name) =>
        element?.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? WithoutSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        title = title.Trim();
        if (siteName is null)
        {
            return title;
        }
        foreach (var separator in TitleSeparators)
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^(separator.Length + siteName.Length)].TrimEnd();
            }
        }
        return title;
    }
}
