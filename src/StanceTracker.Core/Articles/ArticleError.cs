namespace StanceTracker.Core.Articles;

/// <summary>Why an input was refused. <see cref="ToString"/> is the one-line message users see.</summary>
/// <param name="Origin">The file (with "#n" or ":line" where one file holds many articles).</param>
public sealed record ArticleError(string Origin, string Reason)
{
    public override string ToString() => $"{Origin}: {Reason}";
}

/// <summary>One outcome of reading: an article or the reason it was refused.</summary>
public readonly record struct ArticleReadResult(Article? Article, ArticleError? Error)
{
    public static ArticleReadResult Ok(Article article) => new(article, null);

    public static ArticleReadResult Refused(string origin, string reason) => new(null, new ArticleError(origin, reason));
}
