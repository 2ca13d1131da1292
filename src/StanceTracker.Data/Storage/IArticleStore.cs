using StanceTracker.Core.Analysis;

namespace StanceTracker.Data.Storage;

/// <summary>Analysed articles, stored whole or not at all.</summary>
public interface IArticleStore
{
    /// <summary>Saves the article, its statements and positions in one transaction; an article with the same text is not stored twice.</summary>
    /// <exception cref="StorageFullException">The store has no room left; nothing of the article was kept.</exception>
    SaveOutcome Save(AnalysedArticle analysed);

    /// <summary>The id of the stored article with this content hash, if any.</summary>
    long? Find(string contentHash);
}
