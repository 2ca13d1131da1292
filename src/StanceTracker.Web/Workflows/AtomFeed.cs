using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Workflows;

/// <summary>
/// The "what changed" list as an Atom 1.0 feed (RFC 4287). Built as XML nodes, never by pasting strings, so article
/// text (quotes, titles, addresses) is escaped by the writer whatever it holds.
/// </summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="list">The shifts, newest first.</param>
    /// <param name="site">The dashboard's root address, ending in a slash.</param>
    /// <param name="query">The address's query string ("?since=…" or empty), which the feed and its page share.</param>
    public static XDocument Build(ChangeList list, Uri site, string? query)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(site);
        query ??= "";
        var page = new Uri(site, "changes" + query);
        var self = new Uri(site, "changes.atom" + query);
        // A feed must say when it last changed: its newest shift, or the start of the period when there is none.
        var updated = list.Items.Count > 0 ? list.Items[0].Shift.Date : list.Filter.Since;

        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", page.AbsoluteUri),
            new XElement(Atom + "title", Text($"StanceTracker: what changed since {IsoDate.Format(list.Filter.Since)}")),
            new XElement(Atom + "subtitle", Text("Shifts of position by countries and leaders, newest first, with the statements before and after.")),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "StanceTracker")),
            new XElement(Atom + "generator", "StanceTracker"),
            Link("self", self, "application/atom+xml"),
            Link("alternate", page, "text/html"));
        foreach (var item in list.Items)
        {
            feed.Add(Entry(item, site));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    /// <summary>The document as UTF-8 bytes with its declaration.</summary>
    public static byte[] ToBytes(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    private static XElement Entry(ChangeItem item, Uri site)
    {
        var shift = item.Shift;
        var timeline = new Uri(site, $"timeline?{QueryNames.Topic}={Uri.EscapeDataString(shift.TopicId)}&"
            + (item.IsCountry ? QueryNames.Countries : QueryNames.Actors) + "=" + Uri.EscapeDataString(shift.Subject));
        var kind = shift.Kind.ToString().ToLowerInvariant();
        var summary = $"{item.SubjectName} on {item.TopicLabel}: {kind}, {shift.From.ToId()} → {shift.To.ToId()}";
        var content = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{summary}, {IsoDate.Format(shift.Date)}.")
            .AppendLine()
            .AppendLine(Quote("Before", shift.Before, item.BeforeSource))
            .AppendLine()
            .AppendLine(Quote("After", shift.After, item.AfterSource))
            .ToString();

        var entry = new XElement(Atom + "entry",
            new XElement(Atom + "id", EntryId(shift.Subject, shift.TopicId, shift.Date, shift.After.StatementId)),
            new XElement(Atom + "title", Text(summary)),
            new XElement(Atom + "updated", Timestamp(shift.Date)),
            Link("alternate", timeline, "text/html"),
            new XElement(Atom + "category", new XAttribute("term", shift.TopicId), new XAttribute("label", Clean(item.TopicLabel))),
            new XElement(Atom + "category", new XAttribute("term", kind)),
            new XElement(Atom + "content", new XAttribute("type", "text"), Clean(content)));
        if (Components.Presentation.SafeLink.Http(item.AfterSource?.Url) is { } source)
        {
            entry.Add(new XElement(Atom + "link", new XAttribute("rel", "related"), new XAttribute("href", source)));
        }
        return entry;
    }

    private static string Quote(string label, Core.Positions.PositionEvidence evidence, StatementSource? source)
    {
        var where = source is null ? "" : Components.Presentation.SourceAttribution.IsTeamWritten(source.Source)
            ? $" ({source.ArticleTitle}; {Components.Presentation.SourceAttribution.TeamWrittenLabel}{(source.Url is { } u ? ", record: " + u : "")})"
            : $" ({source.ArticleTitle}{(source.Source is { } s ? ", " + s : "")}{(source.Url is { } url ? ", " + url : "")})";
        return $"{label}, {IsoDate.Format(evidence.Date)}, {evidence.SpeakerName} ({evidence.Stance.ToId()}): “{evidence.Text}”{where}";
    }

    private static XElement Link(string rel, Uri href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href.AbsoluteUri));

    private static XText Text(string text) => new(Clean(text));

    // RFC 3339, as Atom requires: a shift is dated by day, so midnight UTC.
    private static string Timestamp(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A stable id per shift, the same on every fetch so that readers do not show it twice: a name-based UUID of what
    /// identifies it (RFC 4122 version 5 layout over SHA-1 would need a namespace; SHA-256 with the same bits set serves).
    /// </summary>
    private static string EntryId(string subject, string topic, DateOnly date, long afterStatement)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"stancetracker-shift\n{subject}\n{topic}\n{IsoDate.Format(date)}\n{afterStatement.ToString(CultureInfo.InvariantCulture)}"));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    // Article text may hold characters XML 1.0 cannot carry at all (control characters): they are dropped, not escaped.
    private static string Clean(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
