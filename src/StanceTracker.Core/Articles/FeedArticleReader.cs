using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;

namespace StanceTracker.Core.Articles;

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds: one article per item.</summary>
internal static partial class FeedArticleReader
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new()
    {
        // Feeds are untrusted input: no DTDs (entity expansion bombs), no external resolution.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static IEnumerable<ArticleReadResult> Read(string xml, string origin, ReadBudget budget)
    {
        var options = budget.Options;
        var unreadableDates = new List<string>();
        SyndicationFeed feed;
        string dateFormat;
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        try
        {
            reader.MoveToContent();
            SyndicationFeedFormatter? formatter =
                new Rss20FeedFormatter() is var rss && rss.CanRead(reader) ? rss
                : new Atom10FeedFormatter() is var atom && atom.CanRead(reader) ? atom
                : null;
            if (formatter is null)
            {
                return [ArticleReadResult.Refused(origin, "not an RSS or Atom feed")];
            }
            dateFormat = formatter is Atom10FeedFormatter
                ? "RFC 3339, e.g. 2025-02-19T14:30:00Z"
                : "RFC 1123, e.g. Wed, 19 Feb 2025 14:30:00 GMT";
            TolerateBadDates(formatter, unreadableDates);
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            return [ArticleReadResult.Refused(origin, xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? "XML with a DOCTYPE is not accepted (document type definitions are unsafe in untrusted input)"
                : $"malformed feed XML at line {e.LineNumber}, position {e.LinePosition}")];
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // Well-formed XML that the feed model rejects (a bad link, an unknown content type).
            var at = (IXmlLineInfo)reader;
            return [ArticleReadResult.Refused(origin, $"malformed feed at line {at.LineNumber}, position {at.LinePosition}")];
        }

        var context = new FeedContext(
            ArticleFields.OneLine(options.DefaultSource) ?? ArticleFields.OneLine(feed.Title?.Text),
            feed.Language,
            unreadableDates,
            dateFormat,
            budget);
        return feed.Items
            .Select((item, index) => FromItem(item, $"{origin}#{index + 1}", context))
            .DefaultIfEmpty(ArticleReadResult.Refused(origin, "feed holds no items"))
            .ToList();
    }

    /// <summary>What every item of one feed shares.</summary>
    /// <param name="Source">The default source, else the feed's title.</param>
    /// <param name="DateFormat">The date format this kind of feed prescribes, for refusals.</param>
    private sealed record FeedContext(
        string? Source, string? Language, List<string> UnreadableDates, string DateFormat, ReadBudget Budget);

    private static ArticleReadResult FromItem(SyndicationItem item, string origin, FeedContext feed)
    {
        try
        {
            feed.Budget.Check();
            return ReadItem(item, origin, feed);
        }
        catch (ArticleRefusedException e)
        {
            // One item's markup broke a limit: refuse that item, keep the others.
            return ArticleReadResult.Refused(origin, e.Message);
        }
    }

    private static ArticleReadResult ReadItem(SyndicationItem item, string origin, FeedContext feed)
    {
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        if (UnreadableDate(date, feed.UnreadableDates) is { } badDate)
        {
            return ArticleReadResult.Refused(origin, $"published date '{badDate}' is not a valid date (expected {feed.DateFormat})");
        }

        return new ArticleFields(
            Title: PlainText(item.Title, feed.Budget),
            Body: Body(item, feed.Budget),
            PublishedValue: date == default ? null : date,
            Source: feed.Source,
            Url: item.Links.FirstOrDefault()?.GetAbsoluteUri()?.ToString(),
            Author: item.Authors.Select(author => author.Name ?? author.Email).FirstOrDefault(name => !string.IsNullOrWhiteSpace(name)),
            Language: feed.Language)
            .Complete(origin, feed.Budget.Options, "item has no publication date: pass --published");
    }

    /// <summary>Full text where the feed has it (Atom content, RSS content:encoded), else the summary.</summary>
    private static string? Body(SyndicationItem item, ReadBudget budget)
    {
        if (PlainText(item.Content as TextSyndicationContent, budget) is { Length: > 0 } content)
        {
            return content;
        }
        var encoded = item.ElementExtensions
            .Where(extension => extension.OuterName == "encoded" && extension.OuterNamespace == ContentModuleNamespace)
            .Select(ElementText)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
        return encoded is not null ? ToPlainText(encoded, isHtml: true, budget) : PlainText(item.Summary, budget);
    }

    private static string? ElementText(SyndicationElementExtension extension)
    {
        using var reader = extension.GetReader();
        try
        {
            return reader.ReadElementContentAsString();
        }
        catch (XmlException)
        {
            // Unescaped markup inside content:encoded; the summary is the better fallback than half of it.
            return null;
        }
    }

    private static string? PlainText(TextSyndicationContent? content, ReadBudget budget) =>
        content?.Text is not { } text ? null : ToPlainText(text, content.Type is "html" or "xhtml", budget);

    // RSS declares no content type, and its descriptions hold escaped HTML as often as plain text.
    private static string ToPlainText(string text, bool isHtml, ReadBudget budget) =>
        isHtml || MarkupPattern().IsMatch(text) ? HtmlText.FromFragment(text, budget) : text;

    [GeneratedRegex(@"<(?:[a-zA-Z][a-zA-Z0-9]*[\s/>]|/[a-zA-Z]|!--)")]
    private static partial Regex MarkupPattern();

    /// <summary>
    /// The Syndication parser throws on the first date it cannot read, which would lose every other item of the feed.
    /// Instead each unreadable date becomes a sentinel just after DateTimeOffset.MinValue, whose ticks index the
    /// date's text in <paramref name="unreadable"/>, so the one item can be refused with the text it carried.
    /// </summary>
    private static void TolerateBadDates(SyndicationFeedFormatter formatter, List<string> unreadable)
    {
        var parse = formatter.DateTimeParser;
        formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (parse(data, out value))
            {
                return true;
            }
            unreadable.Add(data.DateTimeString);
            value = DateTimeOffset.MinValue.AddTicks(unreadable.Count);
            return true;
        };
    }

    private static string? UnreadableDate(DateTimeOffset date, List<string> unreadable)
    {
        var index = date.UtcTicks - DateTimeOffset.MinValue.UtcTicks - 1;
        return index >= 0 && index < unreadable.Count ? unreadable[(int)index] : null;
    }
}
