namespace StanceTracker.Data.Storage;

public enum SaveStatus
{
    Stored,
    Duplicate,
}

/// <summary>What <see cref="IArticleStore.Save"/> did. For a duplicate, <see cref="ArticleId"/> is the stored article's and the counts are 0.</summary>
/// <param name="Statements">Statements stored as new.</param>
/// <param name="WireCopies">Statements recognised as wire copies of stored ones: not stored again, the article recorded as a further report of each.</param>
public sealed record SaveOutcome(SaveStatus Status, long ArticleId, int Statements, int Positions, int WireCopies = 0);
