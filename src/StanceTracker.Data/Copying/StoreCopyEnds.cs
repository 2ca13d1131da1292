using System.Data;

namespace StanceTracker.Data.Copying;

/// <summary>One store as <see cref="StoreCopier"/> sees it: its tables, their columns, and its rows in key order.</summary>
public interface IStoreCopyEnd
{
    /// <summary>The store for messages: a file path, or server and database (never a password).</summary>
    string Location { get; }

    /// <summary>The tables holding data (not the engine's own: search indexes, migration bookkeeping).</summary>
    IReadOnlyList<string> Tables();

    /// <summary>The columns a copy carries: the ones the engine computes itself (generated) are left out.</summary>
    IReadOnlyList<string> Columns(string table);

    /// <summary>
    /// Calls <paramref name="row"/> for each row of <paramref name="table"/>, ordered by <paramref name="key"/> as
    /// bytes compare (so text keys come in the same order on every engine).
    /// </summary>
    void Read(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, Action<IDataRecord> row);
}

/// <summary>The store a copy writes to.</summary>
public interface IStoreCopyTarget : IStoreCopyEnd
{
    /// <summary>The primary key's columns, in key order.</summary>
    IReadOnlyList<string> Key(string table);

    /// <summary>Why a column cannot be written, or null when it can.</summary>
    string? CannotWrite(string table, string column);

    /// <summary>Opens the one transaction the whole copy is written in, after waiting for the store's write turn.</summary>
    IStoreCopyWrite BeginWrite();
}

/// <summary>A copy being written; nothing of it is visible, or kept, until <see cref="Commit"/>.</summary>
public interface IStoreCopyWrite : IDisposable
{
    long Count(string table);

    IRowSink Insert(string table, IReadOnlyList<string> columns);

    /// <summary>Moves any id counters past the copied ids, then commits.</summary>
    void Commit();
}

/// <summary>Rows going into one table, in the column order given when it was opened.</summary>
public interface IRowSink : IDisposable
{
    /// <summary>Writes one row; <paramref name="values"/> may be reused by the caller afterwards.</summary>
    void Add(object[] values);

    void Complete();
}

/// <summary>A copy that is refused before anything is written, or found not to fit; the message says why in one line.</summary>
public sealed class StoreMigrationException : Exception
{
    public StoreMigrationException(string message)
        : base(message)
    {
    }

    public StoreMigrationException()
    {
    }

    public StoreMigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
