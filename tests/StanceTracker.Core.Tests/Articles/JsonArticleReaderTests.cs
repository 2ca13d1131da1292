using StanceTracker.Core.Articles;
using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Articles;

public sealed class JsonArticleReaderTests
{
    [Fact]
    public void A_single_object_is_one_article()
    {
        const string json = """
            {"title": "Grain Corridor Extended", "published": "2024-07-18T10:00:00Z", "source": "Wire Desk",
             "url": "https://example.org/grain", "author": "J. Lund", "language": "en",
             "text": "The corridor will stay open.\n\nShipping firms welcomed the news."}
            """;

        var article = Single(Reader().ReadText(json, "one.json", "one.json"));

        Assert.Equal("Grain Corridor Extended", article.Title);
        Assert.Equal(Utc(2024, 7, 18, 10), article.Published);
        Assert.Equal("Wire Desk", article.Source);
        Assert.Equal("https://example.org/grain", article.Url);
        Assert.Equal("J. Lund", article.Author);
        Assert.Equal("en", article.Language);
        Assert.Equal("The corridor will stay open.\n\nShipping firms welcomed the news.", article.Body);
        Assert.Equal("one.json", article.Origin);
    }

    [Fact]
    public void An_array_gives_one_article_per_element_with_numbered_origins_and_body_aliases()
    {
        const string json = """
            [
              {"title": "First", "published": "2024-07-18", "body": "Body field used."},
              {"title": "Second", "published": "2024-07-19 08:30", "content": "Content field used."},
              {"title": "Third", "published": "2024-07-20", "text": "Text wins.", "body": "Not this."}
            ]
            """;

        var articles = Reader().ReadText(json, "many.json", "many.json").Select(result => result.Article!).ToList();

        Assert.Equal(["many.json#1", "many.json#2", "many.json#3"], articles.Select(a => a.Origin));
        Assert.Equal(["Body field used.", "Content field used.", "Text wins."], articles.Select(a => a.Body));
        Assert.Equal(Utc(2024, 7, 19, 8, 30), articles[1].Published);
    }

    [Fact]
    public void A_bad_element_is_refused_alone()
    {
        const string json = """[{"title": "Fine", "published": "2024-07-18", "text": "Ok."}, 42, {"title": "No text", "published": "2024-07-18"}]""";

        var results = Reader().ReadText(json, "mixed.json", "mixed.json").ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal("Fine", results[0].Article?.Title);
        Assert.Equal(new ArticleError("mixed.json#2", "expected an article object, found a number"), results[1].Error);
        Assert.Equal(new ArticleError("mixed.json#3", "no article text"), results[2].Error);
    }

    [Fact]
    public void Malformed_json_is_refused_with_line_and_position()
    {
        const string json = "{\n  \"title\": \"T\",\n  \"published\" \"2024-07-18\"\n}";

        var error = Refusal(Reader().ReadText(json, "bad.json", "bad.json"));

        Assert.Equal("bad.json", error.Origin);
        Assert.Equal("malformed JSON at line 3, position 15", error.Reason);
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_refused()
    {
        var error = Refusal(Reader().ReadText("""{"title": 7, "published": "2024-07-18", "text": "x"}""", "t.json", "t.json"));

        Assert.Equal("field 'title' is a number, expected a string", error.Reason);
    }

    [Fact]
    public void Json_lines_refuse_a_bad_line_alone_and_keep_reading()
    {
        const string jsonl = """
            {"title": "Line one", "published": "2024-03-01", "source": "Feed A", "text": "First story."}

            {"title": "Line three", "published": "2024-03-02", "text": "broken
            {"title": "Line four", "published": "2024-03-04", "text": "Fourth story."}
            """;

        var results = Reader(source: "Default").ReadText(jsonl, "batch.jsonl", "batch.jsonl").ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal("batch.jsonl:1", results[0].Article?.Origin);
        Assert.Equal("Feed A", results[0].Article?.Source);
        Assert.Equal("batch.jsonl:3", results[1].Error?.Origin);
        Assert.StartsWith("malformed JSON at position ", results[1].Error?.Reason, StringComparison.Ordinal);
        Assert.Equal("batch.jsonl:4", results[2].Article?.Origin);
        Assert.Equal("Fourth story.", results[2].Article?.Body);
        Assert.Equal("Default", results[2].Article?.Source);
    }

    [Fact]
    public void Json_lines_report_progress_after_each_line_ending_at_the_file_length()
    {
        using var folder = new TempFolder();
        var line = """{"title": "Ä", "published": "2024-03-01", "text": "Grüße."}""" + "\n";
        var path = folder.Write("p.jsonl", line + "\n" + line);
        var lineBytes = System.Text.Encoding.UTF8.GetByteCount(line);
        var progress = new List<long>();

        var results = Reader().ReadFile(path, progress.Add).ToList();

        Assert.Equal(2, results.Count(result => result.Article is not null));
        Assert.Equal([lineBytes, lineBytes + 1, 2L * lineBytes + 1], progress);
        Assert.Equal(new FileInfo(path).Length, progress[^1]);
    }

    [Fact]
    public void Time_the_caller_spends_with_each_article_does_not_count_against_the_file_s_reading_time()
    {
        // Three tiny lines read in microseconds; the caller takes 0.4 s over each, as analysis and storage do.
        var lines = string.Join('\n', Enumerable.Range(1, 3).Select(i => $$"""{"title": "Line {{i}}", "published": "2024-07-18", "text": "Words of line {{i}}."}"""));
        var reader = new ArticleReader(new ArticleReaderOptions { TimeBudget = TimeSpan.FromSeconds(0.5) });

        var read = new List<ArticleReadResult>();
        foreach (var result in reader.ReadText(lines, "slow.jsonl", "slow.jsonl"))
        {
            read.Add(result);
            Thread.Sleep(400);
        }

        Assert.Equal(["Line 1", "Line 2", "Line 3"], read.Select(r => Assert.IsType<Article>(r.Article).Title));
    }
}
