using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Tests.Articles;

public sealed class ExpandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IEnumerable<string> InRoot(params string[] relativePaths) =>
        relativePaths.Select(relative => Path.Combine(_folder.Root, relative));

    [Fact]
    public void Folders_expand_recursively_in_ordinal_order_skipping_hidden_and_documentation_files()
    {
        _folder.Write("b.txt", "x");
        _folder.Write("a.json", "{}");
        _folder.Write("B.md", "x");
        _folder.Write("sub/z.html", "<p>x</p>");
        _folder.Write("sub/deeper/y.jsonl", "{}");
        _folder.Write("README.md", "about");
        _folder.Write("sub/License.txt", "terms");
        _folder.Write("SOURCE.md", "origin");
        _folder.Write("changelog.txt", "changes");
        _folder.Write(".hidden.txt", "x");
        _folder.Write(".git/config.txt", "x");

        var inputs = ArticleReader.Expand([_folder.Root]);

        Assert.Equal(InRoot("B.md", "a.json", "b.txt", "sub/deeper/y.jsonl", "sub/z.html"), inputs.Files.Select(file => file.Path));
        Assert.Equal(
            InRoot(".git", ".hidden.txt", "README.md", "SOURCE.md", "changelog.txt", "sub/License.txt").Order(StringComparer.Ordinal),
            inputs.Skipped.Order(StringComparer.Ordinal));
        Assert.Empty(inputs.Errors);
    }

    [Fact]
    public void Lengths_and_their_total_are_reported()
    {
        var first = _folder.Write("one.txt", "12345");
        var second = _folder.Write("two.txt", "123");

        var inputs = ArticleReader.Expand([first, second]);

        Assert.Equal([new ArticleInputFile(first, 5), new ArticleInputFile(second, 3)], inputs.Files);
        Assert.Equal(8, inputs.TotalBytes);
    }

    [Fact]
    public void Files_named_directly_keep_their_order_and_are_listed_once()
    {
        var z = _folder.Write("z.txt", "x");
        var a = _folder.Write("a.txt", "x");

        var inputs = ArticleReader.Expand([z, a, z, _folder.Root]);

        Assert.Equal([z, a], inputs.Files.Select(file => file.Path));
    }

    [Fact]
    public void A_documentation_file_named_directly_is_read()
    {
        var readme = _folder.Write("README.md", "x");

        Assert.Equal([readme], ArticleReader.Expand([readme]).Files.Select(file => file.Path));
    }

    [Fact]
    public void A_missing_path_is_an_error_and_the_rest_still_expands()
    {
        var missing = Path.Combine(_folder.Root, "nowhere");
        var present = _folder.Write("here.txt", "x");

        var inputs = ArticleReader.Expand([missing, present]);

        Assert.Equal([new ArticleError(missing, "no such file or folder")], inputs.Errors);
        Assert.Equal([present], inputs.Files.Select(file => file.Path));
    }

    [Fact]
    public void Unsupported_extensions_are_errors_in_folders_and_when_named()
    {
        var inFolder = _folder.Write("data/picture.png", "x");
        var named = _folder.Write("blob.bin", "x");
        var noExtension = _folder.Write("data/NOTES", "x");

        var inputs = ArticleReader.Expand([Path.Combine(_folder.Root, "data"), named]);

        Assert.Empty(inputs.Files);
        Assert.Equal(
            [
                new ArticleError(noExtension, "file has no extension to tell its type (expected .txt, .md, .markdown, .json, .jsonl, .html, .htm, .xhtml, .xml, .rss, .atom)"),
                new ArticleError(inFolder, "unsupported file type '.png' (expected .txt, .md, .markdown, .json, .jsonl, .html, .htm, .xhtml, .xml, .rss, .atom)"),
                new ArticleError(named, "unsupported file type '.bin' (expected .txt, .md, .markdown, .json, .jsonl, .html, .htm, .xhtml, .xml, .rss, .atom)"),
            ],
            inputs.Errors);
    }

    [Fact]
    public void Extensions_match_case_insensitively()
    {
        var upper = _folder.Write("SHOUT.TXT", "x");

        Assert.Equal([upper], ArticleReader.Expand([upper]).Files.Select(file => file.Path));
    }

    [Fact]
    public void A_symbolic_link_back_up_the_tree_does_not_loop()
    {
        var file = _folder.Write("top/a.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "top", "loop"), Path.Combine(_folder.Root, "top"));

        var inputs = ArticleReader.Expand([Path.Combine(_folder.Root, "top")]);

        Assert.Equal([file], inputs.Files.Select(f => f.Path));
    }

    [Fact]
    public void Supported_extensions_are_the_documented_eleven()
    {
        Assert.Equal([".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom"], ArticleReader.SupportedExtensions);
    }
}
