using StanceTracker.Data.Copying;
using StanceTracker.Data.Postgres.Copying;
using StanceTracker.Data.Sqlite.Copying;

namespace StanceTracker.Data.Composition;

/// <summary>Moves an analyst's SQLite file into the PostgreSQL team store: the one pairing of engines there is.</summary>
public static class StoreMigration
{
    /// <param name="from">The SQLite file, opened read-only (an older one is upgraded first, as by every command).</param>
    /// <param name="to">A PostgreSQL connection string; the store is brought to the latest schema and must be empty.</param>
    /// <exception cref="DatabaseUnusableException">Either store cannot be opened.</exception>
    /// <exception cref="StoreMigrationException">The stores' tables or columns differ, or the target is not empty.</exception>
    public static StoreCopyReport Run(string from, string to, Action<string>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        if (!StoreEngines.IsServer(to))
        {
            throw new StoreMigrationException($"'{StoreEngines.Describe(to)}' is not a PostgreSQL connection string (Host=...)");
        }
        if (StoreEngines.IsServer(from))
        {
            throw new StoreMigrationException($"'{StoreEngines.Describe(from)}' is not an SQLite file: migrate copies a file into a PostgreSQL store");
        }
        using var source = SqliteCopySource.Open(from);
        using var target = PostgresCopyTarget.Open(to);
        return new StoreCopier(source, target).Run(progress);
    }
}
