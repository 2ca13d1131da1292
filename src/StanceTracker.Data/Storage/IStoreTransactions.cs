using System.Data;

namespace StanceTracker.Data.Storage;

/// <summary>
/// How an engine runs the portable SQL of the engine-neutral stores: a connection to read on, and one write
/// transaction that waits its turn among writers (SQLite: an immediate transaction, one writer at a time; PostgreSQL: the
/// advisory write lock, when asked) and reports a full disk as <see cref="StorageFullException"/>. What differs between
/// engines in a store is then only its SQL dialect.
/// </summary>
internal interface IStoreTransactions
{
    /// <summary>A new open connection; the caller disposes it.</summary>
    IDbConnection OpenReader();

    /// <param name="takeWriteTurn">
    /// Whether the transaction writes what the per-day rules derive (positions, reviews): such writers take turns. Rows
    /// no rule derives from (the article queue) need not wait behind them.
    /// </param>
    T Write<T>(Func<IDbTransaction, T> write, bool takeWriteTurn = true);
}
