using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Re-reading stored articles with another model, one article per transaction (see <see cref="ArticleReclassifier"/>).</summary>
public sealed class PostgresReclassificationStore(PostgresDatabase database) : IReclassificationStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<long> ArticlesClassifiedOtherwise(string classifierVersion)
    {
        using var connection = _database.OpenConnection();
        return ArticleReclassifier.ArticlesClassifiedOtherwise(connection, classifierVersion);
    }

    public Article Load(long articleId)
    {
        using var connection = _database.OpenConnection();
        return ArticleReclassifier.Load(connection, articleId);
    }

    public int Replace(long articleId, AnalysedArticle analysed, string classifierVersion)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
            PostgresDatabase.TakeWriteTurn(connection, transaction);
        var written = ArticleReclassifier.Replace(connection, transaction, articleId, analysed, classifierVersion);
        transaction.Commit();
        return written;
    }
}
