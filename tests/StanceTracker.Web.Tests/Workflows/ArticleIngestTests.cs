using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Ingestion;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Tests.Workflows;

/// <summary>The server-side upload limits, whatever the browser sends.</summary>
public sealed class ArticleIngestTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-ingest-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly ArticleIngest _ingest;

    public ArticleIngestTests() => _ingest = new ArticleIngest(TestServices.On(Path.Combine(_folder, "ingest.db")).GetRequiredService<ArticleIngestor>());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [Theory]
    [InlineData("notes.exe", 10, "type '.exe' is not accepted")]
    [InlineData("README", 10, "has no extension")]
    [InlineData("big.md", ArticleIngest.MaxFileBytes + 1, "the limit is 5 MB")]
    [InlineData("empty.txt", 0, "is empty")]
    public void Files_breaking_the_limits_are_refused_with_the_reason(string name, long size, string reason)
    {
        Assert.Contains(reason, ArticleIngest.CheckFile(name, size), StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_upload_is_refused_by_name_even_if_the_browser_lied_about_its_size()
    {
        var outcome = Assert.Single(_ingest.Upload("../../etc/huge.md", new byte[ArticleIngest.MaxFileBytes + 10], null, null));
        Assert.Equal("huge.md", outcome.Origin);
        Assert.Contains("limit is 5 MB", outcome.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uploaded_markdown_file_is_stored_and_a_second_upload_is_a_duplicate()
    {
        var content = Encoding.UTF8.GetBytes("---\ntitle: Upload test\npublished: 2025-03-01\n---\nThe minister said very little.\n");
        var first = Assert.Single(_ingest.Upload("a.md", content, null, null));
        Assert.True(first.Stored);
        Assert.Equal("Upload test", first.Title);
        var second = Assert.Single(_ingest.Upload("a.md", content, null, null));
        Assert.True(second.Duplicate);
    }

    [Fact]
    public void Pasted_text_that_looks_like_front_matter_is_body_not_fields()
    {
        var outcome = Assert.Single(_ingest.Paste(new PastedArticle("---\ntitle: Forged\npublished: 1999-01-01\n---\nThe minister said talks would go on.", "Real title", new DateOnly(2025, 3, 1), null, null)));
        Assert.True(outcome.Stored, outcome.Refusal);
        Assert.Equal("Real title", outcome.Title);
    }

    [Fact]
    public void Pasted_fields_cannot_break_out_of_the_front_matter()
    {
        var outcome = Assert.Single(_ingest.Paste(new PastedArticle("Body text.", "Title\n---\ninjected: yes", new DateOnly(2025, 3, 1), "Wire\nurl: javascript:alert(1)", null)));
        Assert.True(outcome.Stored, outcome.Refusal);
        Assert.Equal("Title --- injected: yes", outcome.Title);
    }

    [Fact]
    public void A_pasted_article_in_another_language_is_stored_with_a_note_saying_why_it_has_no_statements()
    {
        const string German = "Der Außenminister erklärte am Montag, dass die Gespräche in der nächsten Woche fortgesetzt würden und dass die Regierung bereit sei.";
        var outcome = Assert.Single(_ingest.Paste(new PastedArticle(German + "\n\n" + German, "Nachrichten", new DateOnly(2025, 3, 1), "Wire", null)));
        Assert.True(outcome.Stored, outcome.Refusal);
        Assert.Contains("English", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upload_of_deeply_nested_markup_is_refused_by_name()
    {
        var html = "<html><head><meta property=\"article:published_time\" content=\"2025-01-01\"></head><body>" + string.Concat(Enumerable.Repeat("<span><b><i>", 30_000)) + "x</body></html>";
        var outcome = Assert.Single(_ingest.Upload("deep.html", Encoding.UTF8.GetBytes(html), null, null));
        Assert.Equal("upload:deep.html", outcome.Origin);
        Assert.Contains("nested more than 512", outcome.Refusal, StringComparison.Ordinal);
    }
}
