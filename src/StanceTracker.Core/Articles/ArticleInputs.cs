namespace StanceTracker.Core.Articles;

/// <summary>The files that paths given on a command line expand to, with what was refused or passed over.</summary>
/// <param name="Files">Readable candidates, in a deterministic order.</param>
/// <param name="Errors">Paths that do not exist or have an unsupported type.</param>
/// <param name="Skipped">Hidden entries and documentation files met inside folders; not errors.</param>
public sealed record ArticleInputs(IReadOnlyList<ArticleInputFile> Files, IReadOnlyList<ArticleError> Errors, IReadOnlyList<string> Skipped)
{
    public long TotalBytes => Files.Sum(file => file.Length);
}

/// <param name="Path">The path as given, or joined onto the folder as given.</param>
/// <param name="Length">Size in bytes when expanded, for progress reporting.</param>
public sealed record ArticleInputFile(string Path, long Length);
