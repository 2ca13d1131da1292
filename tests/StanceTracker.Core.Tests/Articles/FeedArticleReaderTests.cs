using StanceTracker.Core.Articles;
using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Articles;

public sealed class FeedArticleReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Lakeside Chronicle - World</title>
            <link>https://example.org/</link>
            <description>World news</description>
            <language>en</language>
            <item>
              <title>Summit Date Set</title>
              <link>https://example.org/summit</link>
              <pubDate>Tue, 03 Sep 2024 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;Leaders will meet in &lt;b&gt;October&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The venue is undecided.&lt;/p&gt;&lt;script&gt;bad()&lt;/script&gt;</description>
            </item>
            <item>
              <title>Sanctions Review Announced</title>
              <link>https://example.org/sanctions</link>
              <pubDate>Wed, 04 Sep 2024 16:30:00 +0200</pubDate>
              <description>Short teaser only.</description>
              <content:encoded><![CDATA[<p>The full review text.</p><p>Second paragraph.</p>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Ridgeway Dispatch</title>
          <id>urn:example:ridgeway</id>
          <updated>2024-10-02T12:00:00Z</updated>
          <entry>
            <title>Delegation Lands in Capital</title>
            <id>urn:example:1</id>
            <link href="https://example.org/delegation"/>
            <published>2024-10-01T09:00:00Z</published>
            <updated>2024-10-01T10:00:00Z</updated>
            <author><name>Ines Vidal</name></author>
            <content type="html">&lt;p&gt;The plane touched down at noon.&lt;/p&gt;&lt;p&gt;Talks begin tomorrow.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Talks Adjourned</title>
            <id>urn:example:2</id>
            <link href="https://example.org/adjourned"/>
            <updated>2024-10-02T11:00:00+01:00</updated>
            <summary type="text">No progress was made.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_articles_with_html_turned_into_paragraphs()
    {
        var articles = Reader().ReadText(Rss, "world.rss", "world.rss").Select(result => result.Article!).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("Summit Date Set", articles[0].Title);
        Assert.Equal(Utc(2024, 9, 3, 8), articles[0].Published);
        Assert.Equal("https://example.org/summit", articles[0].Url);
        Assert.Equal("Leaders will meet in October.\n\nThe venue is undecided.", articles[0].Body);
        Assert.Equal("Lakeside Chronicle - World", articles[0].Source);
        Assert.Equal("en", articles[0].Language);
        Assert.Equal("world.rss#1", articles[0].Origin);

        Assert.Equal("Sanctions Review Announced", articles[1].Title);
        Assert.Equal(new DateTimeOffset(2024, 9, 4, 16, 30, 0, TimeSpan.FromHours(2)), articles[1].Published);
        Assert.Equal("The full review text.\n\nSecond paragraph.", articles[1].Body);
        Assert.Equal("world.rss#2", articles[1].Origin);
    }

    [Fact]
    public void Atom_entries_use_published_else_updated_and_content_else_summary()
    {
        var articles = Reader().ReadText(Atom, "feed.atom", "feed.atom").Select(result => result.Article!).ToList();

        Assert.Equal(2, articles.Count);
        Assert.Equal("Delegation Lands in Capital", articles[0].Title);
        Assert.Equal(Utc(2024, 10, 1, 9), articles[0].Published);
        Assert.Equal("https://example.org/delegation", articles[0].Url);
        Assert.Equal("Ines Vidal", articles[0].Author);
        Assert.Equal("The plane touched down at noon.\n\nTalks begin tomorrow.", articles[0].Body);
        Assert.Equal("Ridgeway Dispatch", articles[0].Source);

        Assert.Equal(new DateTimeOffset(2024, 10, 2, 11, 0, 0, TimeSpan.FromHours(1)), articles[1].Published);
        Assert.Equal("No progress was made.", articles[1].Body);
    }

    [Fact]
    public void The_default_source_replaces_the_feed_title()
    {
        var articles = Reader(source: "Ridgeway").ReadText(Atom, "feed.xml", "feed.xml").Select(result => result.Article!).ToList();

        Assert.Equal(["Ridgeway", "Ridgeway"], articles.Select(a => a.Source));
    }

    [Fact]
    public void An_item_without_a_date_is_refused_alone_unless_a_default_is_given()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Desk</title><link>https://example.org/</link><description>d</description>
              <item><title>Dated</title><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate><description>Has a date.</description></item>
              <item><title>Undated</title><description>Has no date.</description></item>
              <item><title>Garbled</title><pubDate>sometime soon</pubDate><description>Bad date.</description></item>
            </channel></rss>
            """;

        var results = Reader().ReadText(rss, "desk.xml", "desk.xml").ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal("Dated", results[0].Article?.Title);
        Assert.Equal(new ArticleError("desk.xml#2", "item has no publication date: pass --published"), results[1].Error);
        Assert.Equal("desk.xml#3", results[2].Error?.Origin);
        Assert.Equal(
            "published date 'sometime soon' is not a valid date (expected RFC 1123, e.g. Wed, 19 Feb 2025 14:30:00 GMT)",
            results[2].Error?.Reason);

        var withDefault = Reader(published: Utc(2024, 9, 1)).ReadText(rss, "desk.xml", "desk.xml").ToList();
        Assert.Equal(Utc(2024, 9, 1), withDefault[1].Article?.Published);
        Assert.Equal(Utc(2024, 9, 2, 10), withDefault[0].Article?.Published);
        Assert.NotNull(withDefault[2].Error);
    }

    [Fact]
    public void An_atom_entry_with_a_bad_date_is_refused_alone_naming_the_atom_format()
    {
        var atom = Atom.Replace("<published>2024-10-01T09:00:00Z</published>", "<published>1 Oct 2024</published>", StringComparison.Ordinal);

        var results = Reader().ReadText(atom, "feed.atom", "feed.atom").ToList();

        Assert.Equal(
            new ArticleError("feed.atom#1", "published date '1 Oct 2024' is not a valid date (expected RFC 3339, e.g. 2025-02-19T14:30:00Z)"),
            results[0].Error);
        Assert.Equal("Talks Adjourned", results[1].Article?.Title);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_refused()
    {
        var error = Refusal(Reader().ReadText("<?xml version=\"1.0\"?><catalogue><book>Atlas</book></catalogue>", "c.xml", "c.xml"));

        Assert.Equal(new ArticleError("c.xml", "not an RSS or Atom feed"), error);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_its_position()
    {
        var error = Refusal(Reader().ReadText("<rss version=\"2.0\">\n<channel><title>x</channel></rss>", "m.rss", "m.rss"));

        Assert.Equal("malformed feed XML at line 2, position 20", error.Reason);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_without_expanding_entities()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY boom "boom">]>
            <rss version="2.0"><channel><title>&boom;</title></channel></rss>
            """;

        var error = Refusal(Reader().ReadText(xml, "d.rss", "d.rss"));

        Assert.Equal("XML with a DOCTYPE is not accepted (document type definitions are unsafe in untrusted input)", error.Reason);
    }
}
