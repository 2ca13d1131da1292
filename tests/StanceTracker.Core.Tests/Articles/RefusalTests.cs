using System.Text;
using StanceTracker.Core.Articles;
using static StanceTracker.Core.Tests.Articles.Reading;

namespace StanceTracker.Core.Tests.Articles;

/// <summary>Every way a file can be refused, read from disk so the checks before parsing are exercised too.</summary>
public sealed class RefusalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ArticleError RefusalOf(string name, byte[] content, ArticleReaderOptions? options = null)
    {
        var path = _folder.Write(name, content);
        var error = Refusal(new ArticleReader(options ?? new ArticleReaderOptions()).ReadFile(path));
        Assert.Equal(path, error.Origin);
        return error;
    }

    private ArticleError RefusalOf(string name, string content) => RefusalOf(name, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n  ")]
    [InlineData("\uFEFF  \n")]
    public void Empty_or_blank_files_are_refused(string content)
    {
        Assert.Equal("file is empty", RefusalOf("empty.txt", content).Reason);
    }

    [Fact]
    public void A_file_with_a_nul_byte_is_binary()
    {
        Assert.Equal("binary file, not text", RefusalOf("nul.txt", [.. "Title\n\nText"u8, 0, .. "more"u8]).Reason);
    }

    [Fact]
    public void A_file_of_mostly_control_characters_is_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 4 == 0 ? 0x01 : 'a')).ToArray();

        Assert.Equal("binary file, not text", RefusalOf("ctl.md", bytes).Reason);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset_of_the_first_bad_byte()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " au lait, vraiment\n"u8];

        Assert.Equal("not valid UTF-8 text (first bad byte at offset 3)", RefusalOf("latin1.txt", bytes).Reason);
    }

    [Fact]
    public void The_offset_counts_from_the_file_start_even_after_a_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF];

        Assert.Equal("not valid UTF-8 text (first bad byte at offset 5)", RefusalOf("bom.txt", bytes).Reason);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var path = _folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "---\ntitle: BOM\npublished: 2024-01-01\n---\nText."u8]);

        var article = Single(new ArticleReader(new ArticleReaderOptions()).ReadFile(path));

        Assert.Equal("BOM", article.Title);
        Assert.Equal("Text.", article.Body);
    }

    [Fact]
    public void A_file_above_the_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_folder.Root, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength((long)(6.2 * 1024 * 1024));
        }

        var error = Refusal(new ArticleReader(new ArticleReaderOptions()).ReadFile(path));

        Assert.Equal("file is 6.2 MB, above the 5 MB limit", error.Reason);
    }

    [Fact]
    public void Sizes_are_formatted_for_people()
    {
        Assert.Equal("file is 1.5 KB, above the 1 KB limit", RefusalOf("k.txt", new byte[1536], new ArticleReaderOptions { MaxBytes = 1024 }).Reason);
        Assert.Equal("file is 12 bytes, above the 10 bytes limit", Refusal(new ArticleReader(new ArticleReaderOptions { MaxBytes = 10 })
            .ReadText("twelve bytes", "p.txt", "paste")).Reason);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("yesterday")]
    [InlineData("19/02/2025")]
    public void Impossible_dates_are_refused(string date)
    {
        var error = RefusalOf("d.txt", $"---\ntitle: T\npublished: {date}\n---\nText.");

        Assert.Equal($"published date '{date}' is not a valid date (expected ISO 8601, e.g. 2025-02-19)", error.Reason);
    }

    [Fact]
    public void Implausibly_old_dates_are_refused()
    {
        Assert.Equal(
            "published date '1899-12-31' is implausible (before 1900)",
            RefusalOf("old.json", """{"title": "T", "published": "1899-12-31", "text": "x"}""").Reason);
    }

    [Fact]
    public void Dates_more_than_a_day_ahead_are_refused()
    {
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(
            $"published date '{future}' is implausible (in the future)",
            RefusalOf("future.json", $$"""{"title": "T", "published": "{{future}}", "text": "x"}""").Reason);
    }

    [Fact]
    public void A_file_without_text_after_parsing_is_refused()
    {
        Assert.Equal("no article text", RefusalOf("notext.md", "---\ntitle: Only a title\npublished: 2024-01-01\n---\n\n").Reason);
    }

    [Fact]
    public void A_vanished_file_is_an_io_error()
    {
        var path = _folder.Write("gone.txt", "Title\n\nText");
        var inputs = ArticleReader.Expand([path]);
        File.Delete(path);

        var error = Refusal(Reading.Reader().ReadFile(inputs.Files[0].Path));

        Assert.StartsWith("cannot read file: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains("gone.txt", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_locked_by_another_writer_is_an_io_error()
    {
        var path = _folder.Write("locked.txt", "Title\n\nText");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var error = Refusal(Reading.Reader().ReadFile(path));

        Assert.StartsWith("cannot read file: ", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_an_unsupported_type_is_refused_by_name()
    {
        Assert.Equal(
            "unsupported file type '.bin' (expected .txt, .md, .markdown, .json, .jsonl, .html, .htm, .xhtml, .xml, .rss, .atom)",
            RefusalOf("blob.bin", "Title\n\nText").Reason);
    }

    [Fact]
    public void Progress_is_reported_once_at_the_end_for_single_article_formats_and_refusals()
    {
        var good = _folder.Write("good.txt", "---\ntitle: T\npublished: 2024-01-01\n---\nText.");
        var bad = _folder.Write("bad.txt", [.. "ab"u8, 0xFF]);
        var progress = new List<long>();

        _ = Reading.Reader().ReadFile(good, progress.Add).ToList();
        _ = Reading.Reader().ReadFile(bad, progress.Add).ToList();

        Assert.Equal([new FileInfo(good).Length, 3L], progress);
    }
}
