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
        return options.DatabasePath is { } database && IsServer(database) ? StoreEngine.Postgres : StoreEngine.Sqlite;
    }

    /// <summary>Whether the setting names a database on a server (a connection string) rather than a file.</summary>
    public static bool IsServer(string database) => PostgresDatabase.IsConnectionString(database);

    /// <summary>
    /// Whether the database the setting names can be opened without creating it: a file must exist; a server is asked
    /// when it is opened (a missing database or a refused login is then the error).
    /// </summary>
    public static bool MayExist(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return IsServer(database) || File.Exists(database);
    }

    /// <summary>The database setting as messages may show it: a file path as given, a connection string without its password.</summary>
    public static string Describe(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return IsServer(database) ? PostgresDatabase.Describe(database) : database;
    }
}
