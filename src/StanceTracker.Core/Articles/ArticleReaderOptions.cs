namespace StanceTracker.Core.Articles;

/// <summary>What the caller knows about the inputs that the files themselves may not say, and what reading may cost.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>From --published: used when a file has no date of its own.</summary>
    public DateTimeOffset? DefaultPublished { get; init; }

    /// <summary>From --source: used when a file names no source; a file's own source wins.</summary>
    public string? DefaultSource { get; init; }

    /// <summary>Larger files are refused before they are read, so one stray dump cannot exhaust memory.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Deeper markup is refused before parsing. Chromium's parser stops nesting at the same depth.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Markup with more elements is refused before parsing; a long news page has a few thousand.</summary>
    public int MaxHtmlElements { get; init; } = 100_000;

    /// <summary>Reading one file (parsing, cleaning) may take this long before the file is refused.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Titles are cut to this many characters (with an ellipsis): a headline, never a body in disguise.</summary>
    public const int MaxTitleLength = 300;
}
