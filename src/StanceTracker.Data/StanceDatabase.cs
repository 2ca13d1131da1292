using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Schema;

namespace StanceTracker.Data;

/// <summary>
/// One SQLite file in WAL mode. Cheap to share: it holds only the connection string, and every store or query
/// opens its own short-lived connection (pooled), so a writer and any number of readers can run at once.
/// </summary>
public sealed class StanceDatabase
{
    // Connection-level settings: SQLite forgets them between connections, so each open applies them again.
    // busy_timeout lets a writer wait out another writer's lock instead of failing with "database is locked".
    // cache_size (64 MB, taken only as pages are read) keeps the index pages the matrix seeks in the pooled
    // connection: at a million statements the default 2 MB cache re-read them from the OS on every matrix.
    private const string ConnectionPragmasSql = """
        PRAGMA foreign_keys = ON;
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 5000;
        PRAGMA cache_size = -65536;
        """;

    private readonly string connectionString;

    private StanceDatabase(string path, string connectionString, int schemaVersion)
    {
        Path = path;
        this.connectionString = connectionString;
        SchemaVersion = schemaVersion;
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The version after opening; always <see cref="LatestSchemaVersion"/>, since opening migrates.</summary>
    public int SchemaVersion { get; }

    public static int LatestSchemaVersion => SchemaScripts.LatestVersion;

    /// <summary>Opens (creating folders and file as needed) and migrates the database at <paramref name="path"/>.</summary>
    public static StanceDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();

        using var connection = Connect(connectionString);
        // WAL is a property of the file, so setting it once here covers every later connection.
        var journalMode = connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL;");
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Could not switch {fullPath} to WAL (journal mode is {journalMode}).");
        }
        var version = SchemaMigrator.Migrate(connection);
        return new StanceDatabase(fullPath, connectionString, version);
    }

    /// <summary>A new open connection with the pragmas applied. The caller disposes it.</summary>
    public SqliteConnection OpenConnection() => Connect(connectionString);

    private static SqliteConnection Connect(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute(ConnectionPragmasSql);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
