using Npgsql;
using StanceTracker.Core.Analysis;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Writes analysed articles to PostgreSQL. Safe from several threads and processes: each call has its own connection and transaction.</summary>
public sealed class PostgresArticleStore(PostgresDatabase database, StanceTrackerOptions? options = null) : IArticleStore
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // On unless the host turned it off (ingest --no-dedup, to measure what it costs).
    private readonly bool _detectWireCopies = options?.DetectWireCopies ?? true;

    /// <summary>
    /// Stores the article with its source, statements and positions in one transaction. An article whose content hash
    /// is already stored is a <see cref="SaveStatus.Duplicate"/> and writes nothing. On any failure, such as a position
    /// naming an unknown topic, nothing of the article is kept.
    /// </summary>
    public SaveOutcome Save(AnalysedArticle analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        try
        {
            using var connection = _database.OpenConnection();
            // Writers take turns: the duplicate check and the insert cannot interleave with another writer's. Saving
            // is short next to analysis, so workers analysing in parallel still scale. An exception leaves through
            // the using, which rolls back.
            using var transaction = connection.BeginTransaction();
            PostgresDatabase.TakeWriteTurn(connection, transaction);
            var outcome = ArticleGraph.Insert(connection, transaction, analysed, _detectWireCopies);
            transaction.Commit();
            return outcome;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{_database.Location}: {e.MessageText}", e);
        }
    }

    /// <summary>The id of the stored article with this content hash, or null when none is stored.</summary>
    public long? Find(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        using var connection = _database.OpenConnection();
        return ArticleGraph.FindArticleId(connection, null, contentHash);
    }
}
