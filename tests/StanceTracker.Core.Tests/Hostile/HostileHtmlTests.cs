using System.Text;
using StanceTracker.Core.Articles;
using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Hostile;

/// <summary>
/// Markup built to make the parser work quadratically is refused before it is parsed, naming the file and the limit.
/// Each read runs under a hang guard far above its expected cost: the guard catches a hang, it does not time anything.
/// </summary>
public sealed class HostileHtmlTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private const string Head = "<html><head><title>Deep</title><meta property=\"article:published_time\" content=\"2025-01-01\"></head><body>";

    internal static List<ArticleReadResult> ReadGuarded(string content, string fileName, ArticleReaderOptions? options = null)
    {
        var reading = Task.Run(() => new ArticleReader(options ?? new ArticleReaderOptions()).ReadText(content, fileName, fileName).ToList());
        Assert.True(reading.Wait(HangGuard), $"reading {fileName} did not finish within the {HangGuard.TotalSeconds:0} s hang guard");
        return reading.Result;
    }

    [Fact]
    public void Deeply_nested_markup_is_refused_naming_the_file_and_the_depth()
    {
        // The file: 100,000 repetitions of <span><b><i>, 1.2 MB, far under the size cap.
        var html = Head + string.Concat(Enumerable.Repeat("<span><b><i>", 100_000)) + "Text.</body></html>";

        var error = Refusal(ReadGuarded(html, "deep.html"));

        Assert.Equal("deep.html", error.Origin);
        Assert.Contains("nested", error.Reason, StringComparison.Ordinal);
        Assert.Contains(new ArticleReaderOptions().MaxHtmlDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_with_too_many_elements_is_refused()
    {
        var options = new ArticleReaderOptions();
        var html = Head + string.Concat(Enumerable.Repeat("<p>a</p>", options.MaxHtmlElements + 10)) + "</body></html>";

        var error = Refusal(ReadGuarded(html, "wide.html", options));

        Assert.Contains("elements", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_markup_inside_a_feed_item_is_refused_too()
    {
        var markup = System.Security.SecurityElement.Escape(string.Concat(Enumerable.Repeat("<span><b><i>", 30_000)) + "Text.");
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Feed</title>
            <item><title>Deep item</title><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>{markup}</description></item>
            </channel></rss>
            """;

        var error = Refusal(ReadGuarded(rss, "deep.rss"));

        Assert.Contains("nested", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_unclosed_paragraphs_and_list_items_are_not_taken_for_depth()
    {
        var body = new StringBuilder("<article><h1>Title</h1>");
        for (var i = 0; i < 2_000; i++)
        {
            body.Append("<p>Paragraph ").Append(i).Append(" <b>bold <i>and</b> mixed</i><ul><li>one<li>two</ul>");
        }
        var html = Head + body + "</article></body></html>";

        var article = Single(ReadGuarded(html, "long.html"));

        Assert.Contains("Paragraph 1999", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_longer_than_the_cap_is_cut_to_it()
    {
        var title = string.Concat(Enumerable.Repeat("Very long headline ", 2_000));
        var text = $"---\ntitle: {title}\npublished: 2025-03-01\n---\nBody text.\n";

        var article = Single(ReadGuarded(text, "long-title.md"));

        Assert.True(article.Title.Length <= ArticleReaderOptions.MaxTitleLength, $"title of {article.Title.Length} characters");
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
    }
}
