using Bunit;
using StanceTracker.Web.Components.Presentation;
using StanceTracker.Web.Components.Shared;

namespace StanceTracker.Web.Tests.Components;

/// <summary>What a quote's source line says: a link where there is an address, and a team-written demo article says it is one.</summary>
public sealed class SourceLinkTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void A_published_article_links_to_itself_under_its_title_and_source()
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Report").Add(l => l.Source, "Wire").Add(l => l.Url, "https://example.test/a"));
        Assert.Equal("Report (Wire)", link.Find("a.source-link").TextContent);
        Assert.Empty(link.FindAll(".source-note"));
    }

    [Fact]
    public void A_team_written_article_without_an_address_says_so_and_links_nothing()
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Demo").Add(l => l.Source, SourceAttribution.DemoDesk));
        Assert.Empty(link.FindAll("a"));
        Assert.Equal("Demo", link.Find(".source-link").TextContent);
        Assert.Equal(SourceAttribution.TeamWrittenLabel, link.Find(".source-note").TextContent.Trim());
    }

    [Fact]
    public void A_team_written_article_with_the_record_of_its_event_links_to_the_record_not_as_its_own_text()
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Demo").Add(l => l.Source, SourceAttribution.DemoDesk)
            .Add(l => l.Url, "http://en.kremlin.ru/events/president/news/68182"));
        Assert.Empty(link.FindAll("a.source-link"));
        var record = link.Find("a.source-record");
        Assert.Equal("http://en.kremlin.ru/events/president/news/68182", record.GetAttribute("href"));
        Assert.Equal("record at en.kremlin.ru", record.TextContent);
        Assert.StartsWith(SourceAttribution.TeamWrittenLabel, link.Find(".source-note").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_page_names_the_source_itself_the_link_leaves_it_out()
    {
        var link = _context.Render<SourceLink>(p => p.Add(l => l.Title, "Report").Add(l => l.Source, "Wire").Add(l => l.Url, "https://example.test/a")
            .Add(l => l.NameSource, false));
        Assert.Equal("Report", link.Find("a.source-link").TextContent);
    }
}
