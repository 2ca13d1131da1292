using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Re-reading stored articles with another model, one article per write transaction (see <see cref="ArticleReclassifier"/>):
/// the same for every engine; an engine's subclass only hands over its transactions.
/// </summary>
public abstract class ReclassificationStore : IReclassificationStore
{
    private readonly IStoreTransactions _store;

    private protected ReclassificationStore(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    public IReadOnlyList<long> ArticlesClassifiedOtherwise(string classifierVersion)
    {
        using var connection = _store.OpenReader();
        return ArticleReclassifier.ArticlesClassifiedOtherwise(connection, classifierVersion);
    }

    public Article Load(long articleId)
    {
        using var connection = _store.OpenReader();
        return ArticleReclassifier.Load(connection, articleId);
    }

    public int Replace(long articleId, AnalysedArticle analysed, string classifierVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        return _store.Write(t => ArticleReclassifier.Replace(t.Connection!, t, articleId, analysed, classifierVersion));
    }
}
