namespace StanceTracker.Data.Storage;

public enum SaveStatus
{
    Stored,
    Duplicate,
}

/// <summary>What <see cref="IArticleStore.Save"/> did. For a duplicate, <see cref="ArticleId"/> is the stored article's and the counts are 0.</summary>
public sealed record SaveOutcome(SaveStatus Status, long ArticleId, int Statements, int Positions);
