using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Tests.Articles;

public sealed class ArticleTextTests
{
    [Fact]
    public void NormaliseBody_unifies_line_endings_trims_lines_and_collapses_blank_runs()
    {
        const string raw = "\r\n  \nFirst line   \r\nsecond\u00A0line\u00A0\r\n\r\n\r\n\n\rThird\t \n\n";

        Assert.Equal("First line\nsecond line\n\nThird", ArticleText.NormaliseBody(raw));
    }

    [Fact]
    public void NormaliseBody_composes_to_nfc()
    {
        if ("e\u0301".Normalize() == "e\u0301")
        {
            Assert.Skip("string.Normalize is a no-op in this runtime (InvariantGlobalization=true in Directory.Build.props), so NFC cannot be checked");
        }
        Assert.Equal("caf\u00E9", ArticleText.NormaliseBody("cafe\u0301"));
    }

    [Fact]
    public void ContentHash_ignores_line_endings_and_whitespace_layout()
    {
        Assert.Equal(ArticleText.ContentHash("One line.\nTwo  lines."), ArticleText.ContentHash("One line.\r\nTwo lines."));
    }

    [Fact]
    public void ContentHash_ignores_quotation_mark_style_and_case()
    {
        Assert.Equal(
            ArticleText.ContentHash("\u201CNo,\u201D he said \u2014 it\u2019s over."),
            ArticleText.ContentHash("\"no,\" He said - it's over."));
    }

    [Fact]
    public void ContentHash_differs_for_different_text_and_is_stable_hex()
    {
        var hash = ArticleText.ContentHash("The talks resumed.");

        Assert.NotEqual(hash, ArticleText.ContentHash("The talks stalled."));
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, ArticleText.ContentHash("The talks resumed."));
    }

    [Fact]
    public void Articles_read_from_crlf_and_lf_files_share_their_identity()
    {
        var reader = Reading.Reader(published: Reading.Utc(2024, 1, 1));

        var lf = Reading.Single(reader.ReadText("Title\n\n\u201CQuoted,\u201D she said.\nMore.", "a.txt", "a.txt"));
        var crlf = Reading.Single(reader.ReadText("Title\r\n\r\n\"Quoted,\" she said.\r\nMore.", "b.txt", "b.txt"));

        Assert.Equal(lf.ContentHash, crlf.ContentHash);
    }
}
