using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Storage;

/// <summary>What re-classifying stored articles with another model needs: which to redo, their text, and the swap.</summary>
public interface IReclassificationStore
{
    /// <summary>Stored articles whose positions another classifier than <paramref name="classifierVersion"/> produced.</summary>
    IReadOnlyList<long> ArticlesClassifiedOtherwise(string classifierVersion);

    Article Load(long articleId);

    /// <summary>Replaces the article's model positions in one transaction, keeping reviews; returns the positions stored.</summary>
    int Replace(long articleId, AnalysedArticle analysed, string classifierVersion);
}
