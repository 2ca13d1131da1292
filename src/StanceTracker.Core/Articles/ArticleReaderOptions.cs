namespace StanceTracker.Core.Articles;

/// <summary>What the caller knows about the inputs that the files themselves may not say.</summary>
public sealed record ArticleReaderOptions
{
    /// <summary>From --published: used when a file has no date of its own.</summary>
    public DateTimeOffset? DefaultPublished { get; init; }

    /// <summary>From --source: used when a file names no source; a file's own source wins.</summary>
    public string? DefaultSource { get; init; }

    /// <summary>Larger files are refused before they are read, so one stray dump cannot exhaust memory.</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
}
