using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Articles;

public sealed class FrontMatterReaderTests
{
    private const string Story = """
        ---
        title: Harbour Talks Resume After Two-Year Pause
        published: 2024-11-03
        source: Coastal Ledger
        url: https://example.org/harbour-talks
        author: Mira Okafor
        language: en
        ---

        Delegations from both shores met again on Tuesday.

        "We are ready to listen," the envoy said.
        """;

    [Fact]
    public void Front_matter_fields_and_body_are_read()
    {
        var article = Single(Reader().ReadText(Story, "story.txt", "paste/story.txt"));

        Assert.Equal("Harbour Talks Resume After Two-Year Pause", article.Title);
        Assert.Equal(Utc(2024, 11, 3), article.Published);
        Assert.Equal("Coastal Ledger", article.Source);
        Assert.Equal("https://example.org/harbour-talks", article.Url);
        Assert.Equal("Mira Okafor", article.Author);
        Assert.Equal("en", article.Language);
        Assert.Equal("Delegations from both shores met again on Tuesday.\n\n\"We are ready to listen,\" the envoy said.", article.Body);
        Assert.Equal("paste/story.txt", article.Origin);
    }

    [Fact]
    public void Quoted_values_case_insensitive_keys_and_unknown_keys_are_handled()
    {
        const string text = """
            ---
            Title: "Minister: \"No deal\" before spring"
            PUBLISHED: '2024-11-03T09:15:00+02:00'
            source: 'O''Brien Weekly'
            tags: [ignored, entirely]
            ---
            The minister ruled out an agreement.
            """;

        var article = Single(Reader().ReadText(text, "q.md", "q.md"));

        Assert.Equal("Minister: \"No deal\" before spring", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 9, 15, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("O'Brien Weekly", article.Source);
        Assert.Equal("The minister ruled out an agreement.", article.Body);
    }

    [Fact]
    public void Crlf_input_reads_like_lf_input()
    {
        var crlf = Story.ReplaceLineEndings("\r\n");

        var fromCrlf = Single(Reader().ReadText(crlf, "story.txt", "story.txt"));
        var fromLf = Single(Reader().ReadText(Story, "story.txt", "story.txt"));

        Assert.Equal("Harbour Talks Resume After Two-Year Pause", fromCrlf.Title);
        Assert.Equal("Coastal Ledger", fromCrlf.Source);
        Assert.DoesNotContain('\r', fromCrlf.Body);
        Assert.Equal(fromLf.Body, fromCrlf.Body);
        Assert.Equal(fromLf.ContentHash, fromCrlf.ContentHash);
    }

    [Fact]
    public void Own_source_wins_over_the_default_which_fills_a_gap()
    {
        const string withoutSource = "---\ntitle: T\npublished: 2024-01-05\n---\nBody text.";

        Assert.Equal("Coastal Ledger", Single(Reader(source: "Cli Source").ReadText(Story, "a.txt", "a.txt")).Source);
        Assert.Equal("Cli Source", Single(Reader(source: "Cli Source").ReadText(withoutSource, "b.txt", "b.txt")).Source);
        Assert.Null(Single(Reader().ReadText(withoutSource, "b.txt", "b.txt")).Source);
    }

    [Fact]
    public void Missing_title_falls_back_to_the_first_body_line()
    {
        var article = Single(Reader().ReadText("---\npublished: 2024-01-05\n---\nFirst line here.\nSecond line.", "a.txt", "a.txt"));

        Assert.Equal("First line here.", article.Title);
        Assert.Equal("First line here.\nSecond line.", article.Body);
    }

    [Fact]
    public void Unclosed_front_matter_is_refused()
    {
        var error = Refusal(Reader().ReadText("---\ntitle: T\npublished: 2024-01-05\nBody text.", "a.txt", "a.txt"));

        Assert.Equal("front-matter block is not closed: add a '---' line after the fields", error.Reason);
    }

    [Fact]
    public void Front_matter_without_a_date_uses_the_default_or_is_refused()
    {
        const string text = "---\ntitle: T\n---\nBody text.";

        Assert.Equal(Utc(2024, 2, 2), Single(Reader(published: Utc(2024, 2, 2)).ReadText(text, "a.txt", "a.txt")).Published);
        Assert.Equal(
            "no publication date: add 'published:' to the front-matter block or pass --published",
            Refusal(Reader().ReadText(text, "a.txt", "a.txt")).Reason);
    }

    [Fact]
    public void Plain_text_takes_its_title_from_the_first_non_empty_line_and_the_date_from_the_options()
    {
        const string text = "\n\n  Ceasefire Holds for a Third Day  \n\nObservers reported no shelling overnight.\n";

        var article = Single(Reader(published: Utc(2024, 6, 1)).ReadText(text, "plain.txt", "plain.txt"));

        Assert.Equal("Ceasefire Holds for a Third Day", article.Title);
        Assert.Equal("Observers reported no shelling overnight.", article.Body);
        Assert.Equal(Utc(2024, 6, 1), article.Published);
    }

    [Theory]
    [InlineData("n.md")]
    [InlineData("n.markdown")]
    public void Plain_markdown_title_loses_its_heading_marks(string fileName)
    {
        var article = Single(Reader(published: Utc(2024, 6, 1)).ReadText("# Border Crossing Reopens\n\nTrucks queued from dawn.", fileName, fileName));

        Assert.Equal("Border Crossing Reopens", article.Title);
        Assert.Equal("Trucks queued from dawn.", article.Body);
    }

    [Fact]
    public void Plain_text_without_a_date_is_refused_with_advice()
    {
        var error = Refusal(Reader().ReadText("Ceasefire Holds\n\nObservers reported calm.", "plain.txt", "inbox/plain.txt"));

        Assert.Equal("inbox/plain.txt", error.Origin);
        Assert.Equal("no publication date: add a front-matter block with 'published:' or pass --published", error.Reason);
    }

    [Fact]
    public void Plain_text_with_only_a_title_has_no_article_text()
    {
        var error = Refusal(Reader(published: Utc(2024, 6, 1)).ReadText("Just a headline\n\n", "plain.txt", "plain.txt"));

        Assert.Equal("no article text", error.Reason);
    }
}
