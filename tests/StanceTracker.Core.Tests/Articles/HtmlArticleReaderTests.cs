using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Articles;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Envoys Agree on Prisoner Swap | The Meridian Post</title>
          <meta property="og:title" content="Envoys Agree on Prisoner Swap">
          <meta property="og:site_name" content="The Meridian Post">
          <meta property="og:url" content="https://example.org/world/prisoner-swap">
          <meta property="article:published_time" content="2024-09-12T07:45:00+00:00">
          <meta name="author" content="Tomas Reyes">
          <script>window.analytics = "TRACKING-SCRIPT";</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">WORLD-NAV-LINK</a></nav>
          <div id="cookie-consent" class="banner">We use cookies. ACCEPT-ALL-COOKIES</div>
          <header><p>SITE-HEADER-STRAPLINE</p></header>
          <article>
            <h1>Envoys Agree on Prisoner Swap</h1>
            <p>Negotiators confirmed the exchange late on Wednesday.</p>
            <div class="share-bar"><button>Share</button> SHARE-ON-SOCIAL</div>
            <blockquote><p>"It is a humane first step," the mediator said.</p></blockquote>
            <div>A text-bearing <em>div</em> also counts.</div>
            <ul><li>Forty detainees on each side</li><li>Exchange at the border</li></ul>
            <aside class="related-stories"><p>RELATED-STORY-TEASER</p></aside>
          </article>
          <section class="newsletter-signup"><p>SUBSCRIBE-TO-NEWSLETTER</p></section>
          <footer><p>COPYRIGHT-FOOTER</p></footer>
          <script>trackPageView("FOOTER-SCRIPT");</script>
        </body>
        </html>
        """;

    [Theory]
    [InlineData("swap.xhtml")]
    [InlineData("SWAP.HTM")]
    public void Every_html_extension_reads_the_page(string fileName)
    {
        var article = Single(Reader().ReadText(Page, fileName, fileName));
        Assert.Equal(Single(Reader().ReadText(Page, "swap.html", fileName)), article);
    }

    [Fact]
    public void Page_metadata_is_taken_from_the_meta_tags()
    {
        var article = Single(Reader().ReadText(Page, "swap.html", "swap.html"));

        Assert.Equal("Envoys Agree on Prisoner Swap", article.Title);
        Assert.Equal(Utc(2024, 9, 12, 7, 45), article.Published);
        Assert.Equal("The Meridian Post", article.Source);
        Assert.Equal("https://example.org/world/prisoner-swap", article.Url);
        Assert.Equal("Tomas Reyes", article.Author);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void Body_is_the_article_text_in_paragraphs_without_page_furniture()
    {
        var article = Single(Reader().ReadText(Page, "swap.html", "swap.html"));

        Assert.Equal(
            "Envoys Agree on Prisoner Swap\n\n" +
            "Negotiators confirmed the exchange late on Wednesday.\n\n" +
            "\"It is a humane first step,\" the mediator said.\n\n" +
            "A text-bearing div also counts.\n\n" +
            "Forty detainees on each side\n\n" +
            "Exchange at the border",
            article.Body);
        foreach (var furniture in new[] { "TRACKING-SCRIPT", "WORLD-NAV-LINK", "ACCEPT-ALL-COOKIES", "SITE-HEADER-STRAPLINE",
                     "SHARE-ON-SOCIAL", "RELATED-STORY-TEASER", "SUBSCRIBE-TO-NEWSLETTER", "COPYRIGHT-FOOTER", "FOOTER-SCRIPT", "color" })
        {
            Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_og_tags_the_title_loses_the_site_name_only_when_it_matches_and_time_datetime_gives_the_date()
    {
        const string page = """
            <html><head>
              <title>Talks Stall Over Maps - Harbour Gazette</title>
              <meta property="og:site_name" content="Harbour Gazette">
            </head><body>
              <aside><p>Earlier: <time datetime="2020-01-01">an old teaser</time></p></aside>
              <main>
                <p>Posted <time datetime="2024-05-06">6 May</time> by staff.</p>
                <p>The delegations could not agree on the maps.</p>
              </main>
            </body></html>
            """;

        var article = Single(Reader().ReadText(page, "p.htm", "p.htm"));

        Assert.Equal("Talks Stall Over Maps", article.Title);
        Assert.Equal(Utc(2024, 5, 6), article.Published);
        Assert.Equal("Posted 6 May by staff.\n\nThe delegations could not agree on the maps.", article.Body);
    }

    [Fact]
    public void A_title_suffix_that_is_not_the_site_name_is_kept()
    {
        const string page = """<html><head><title>Left | Right</title></head><body><p>Text <time datetime="2024-05-06">x</time></p></body></html>""";

        Assert.Equal("Left | Right", Single(Reader().ReadText(page, "p.html", "p.html")).Title);
    }

    [Fact]
    public void Json_ld_date_and_the_article_h1_title_are_used_when_meta_tags_are_missing()
    {
        const string page = """
            <html><head>
              <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2023-12-24T18:00:00Z"}]}</script>
            </head><body>
              <header><h1>SITE LOGO</h1></header>
              <main>
              <h1>Holiday Truce Observed</h1>
              <p>Guns fell silent along the line.</p>
              <p>Later: <time datetime="2023-12-26">a follow-up</time>.</p>
              </main>
            </body></html>
            """;

        var article = Single(Reader().ReadText(page, "t.html", "t.html"));

        Assert.Equal("Holiday Truce Observed", article.Title);
        Assert.Equal(Utc(2023, 12, 24, 18), article.Published);
        Assert.Equal("Holiday Truce Observed\n\nGuns fell silent along the line.\n\nLater: a follow-up.", article.Body);
    }

    [Fact]
    public void Line_breaks_and_preformatted_text_survive_and_nested_blocks_are_not_repeated()
    {
        const string page = """
            <html><body><article>
              <section><div><p>Only once.</p></div></section>
              <p>Line one<br>Line two</p>
              <pre>  indented
              code</pre>
            </article></body></html>
            """;

        var article = Single(Reader(published: Utc(2024, 1, 1)).ReadText(page, "n.html", "n.html"));

        Assert.Equal("Only once.\n\nLine one\nLine two\n\n  indented\n  code", article.Body);
    }

    [Fact]
    public void A_page_without_any_date_is_refused_unless_one_is_given()
    {
        const string page = "<html><head><title>Undated</title></head><body><p>Some text.</p></body></html>";

        Assert.Equal(
            "no publication date in the page (no article:published_time, datePublished or <time datetime>): pass --published",
            Refusal(Reader().ReadText(page, "u.html", "u.html")).Reason);
        Assert.Equal(Utc(2024, 4, 4), Single(Reader(published: Utc(2024, 4, 4)).ReadText(page, "u.html", "u.html")).Published);
    }

    [Fact]
    public void A_page_with_only_furniture_has_no_article_text()
    {
        const string page = """<html><body><nav>Menu</nav><script>x()</script><footer>Footer</footer></body></html>""";

        Assert.Equal("no article text", Refusal(Reader(published: Utc(2024, 1, 1)).ReadText(page, "e.html", "e.html")).Reason);
    }
}
