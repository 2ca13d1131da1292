using Microsoft.Data.Sqlite;
using StanceTracker.Core.Analysis;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Writes analysed articles to SQLite. Safe to use from several threads: each call has its own connection and transaction.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database, StanceTrackerOptions? options = null) : IArticleStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // On unless the host turned it off (ingest --no-dedup, to measure what it costs).
    private readonly bool _detectWireCopies = options?.DetectWireCopies ?? true;

    /// <summary>
    /// Stores the article with its source, statements and positions in one transaction (the search index follows by
    /// trigger). An article whose content hash is already stored is a <see cref="SaveStatus.Duplicate"/> and writes
    /// nothing. On any failure, such as a position naming an unknown topic, nothing of the article is kept.
    /// </summary>
    public SaveOutcome Save(AnalysedArticle analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        try
        {
            using var connection = _database.OpenConnection();
            // IMMEDIATE takes the write lock up front, so the duplicate check and the insert cannot interleave with
            // another writer, and the lock is never upgraded mid-transaction (which fails at once instead of waiting).
            // Any exception leaves through the using, whose dispose rolls back everything written so far.
            using var transaction = connection.BeginTransaction(deferred: false);
            var outcome = ArticleGraph.Insert(connection, transaction, analysed, _detectWireCopies);
            transaction.Commit();
            return outcome;
        }
        catch (SqliteException e) when (_database.IsFull(e))
        {
            throw _database.Full(e);
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
