namespace StanceTracker.Core.Articles;

/// <summary>
/// Reads .txt and .md articles: a "---" block of "key: value" lines followed by the body, or, without the block,
/// plain text whose first non-empty line is the title.
/// </summary>
internal static class FrontMatterReader
{
    private const string Fence = "---";

    public static ArticleReadResult Read(string text, string origin, bool isMarkdown, ArticleReaderOptions options)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return IsFence(lines[0])
            ? ReadFrontMatter(lines, origin, options)
            : ReadPlain(lines, origin, isMarkdown, options);
    }

    private static ArticleReadResult ReadFrontMatter(string[] lines, string origin, ArticleReaderOptions options)
    {
        var close = Array.FindIndex(lines, 1, IsFence);
        if (close < 0)
        {
            return ArticleReadResult.Refused(origin, "front-matter block is not closed: add a '---' line after the fields");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.AsSpan(1, close - 1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            // The first occurrence wins, as a reader scanning the block by eye would assume.
            fields.TryAdd(line[..colon].Trim(), Unquote(line[(colon + 1)..].Trim()));
        }

        return new ArticleFields(
            Title: fields.GetValueOrDefault("title"),
            Body: string.Join('\n', lines.AsSpan(close + 1)),
            PublishedText: fields.GetValueOrDefault("published"),
            Source: fields.GetValueOrDefault("source"),
            Url: fields.GetValueOrDefault("url"),
            Author: fields.GetValueOrDefault("author"),
            Language: fields.GetValueOrDefault("language"))
            .Complete(origin, options, "no publication date: add 'published:' to the front-matter block or pass --published");
    }

    private static ArticleReadResult ReadPlain(string[] lines, string origin, bool isMarkdown, ArticleReaderOptions options)
    {
        var titleLine = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        var title = lines[titleLine].Trim();
        if (isMarkdown)
        {
            title = title.TrimStart('#').TrimStart();
        }
        return new ArticleFields(title, string.Join('\n', lines.AsSpan(titleLine + 1)))
            .Complete(origin, options, "no publication date: add a front-matter block with 'published:' or pass --published");
    }

    private static bool IsFence(string line) => line.TrimEnd() == Fence;

    /// <summary>Strips YAML-style quotes, undoing the escapes each quote style allows.</summary>
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == value[^1])
        {
            var inner = value[1..^1];
            switch (value[0])
            {
                case '\'':
                    return inner.Replace("''", "'", StringComparison.Ordinal);
                case '"':
                    return inner.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }
        }
        return value;
    }
}
