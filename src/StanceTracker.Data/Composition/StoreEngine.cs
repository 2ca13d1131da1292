using StanceTracker.Data.Postgres;

namespace StanceTracker.Data.Composition;

/// <summary>Which engine holds the store: a file path means SQLite, a connection string (<c>Host=…</c>) PostgreSQL.</summary>
public enum StoreEngine
{
    Sqlite,
    Postgres,
}

public static class StoreEngines
{
    public static StoreEngine Of(StanceTrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DatabasePath is { } database && PostgresDatabase.IsConnectionString(database) ? StoreEngine.Postgres : StoreEngine.Sqlite;
    }
}
