namespace StanceTracker.Core.Articles;

/// <summary>One news article as read from a file, before any analysis.</summary>
/// <param name="Title">Headline; never empty (readers fall back to the first line of the body).</param>
/// <param name="Published">Publication time. Date-only inputs are midnight UTC.</param>
/// <param name="Body">Main text, normalised to LF line endings; statement offsets index into it.</param>
/// <param name="Origin">Where the article came from: a file path, with "#n" for the n-th article of a multi-article file.</param>
public sealed record Article(
    string Title,
    DateTimeOffset Published,
    string? Source,
    string? Url,
    string? Author,
    string? Language,
    string Body,
    string Origin)
{
    /// <summary>Identity of the article: a hash of its normalised body, so re-ingesting the same text stores nothing new.</summary>
    public string ContentHash { get; } = ArticleText.ContentHash(Body);

    public DateOnly PublishedDate => DateOnly.FromDateTime(Published.UtcDateTime);
}
