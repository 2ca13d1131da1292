using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Mapping;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// One SQLite file in WAL mode. Cheap to share: it holds only the connection string, and every store or query
/// opens its own short-lived connection (pooled), so a writer and any number of readers can run at once.
/// </summary>
public sealed class SqliteDatabase : IStanceStore, IStoreTransactions
{
    // Connection-level settings: SQLite forgets them between connections, so each open applies them again.
    // busy_timeout lets a writer wait out another writer's lock instead of failing with "database is locked".
    // cache_size (64 MB, taken only as pages are read) keeps the index pages the matrix seeks in the pooled
    // connection: at a million statements the default 2 MB cache re-read them from the OS on every matrix.
    // mmap_size (256 MB of address space, not memory) reads pages from the OS page cache without a read() call each:
    // walking 50,000 statements to a deep page of the list spent half its time in those calls.
    private const string ConnectionPragmasSql = """
        PRAGMA foreign_keys = ON;
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 5000;
        PRAGMA cache_size = -65536;
        PRAGMA mmap_size = 268435456;
        """;

    private readonly string _connectionString;

    // Every query opens its connection here, so the handlers are in place before any of them runs.
    static SqliteDatabase() => DapperTypeHandlers.Register();

    private SqliteDatabase(string path, string connectionString, int schemaVersion)
    {
        Path = path;
        _connectionString = connectionString;
        SchemaVersion = schemaVersion;
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    string IStanceStore.Location => Path;

    /// <summary>The version after opening; always <see cref="LatestSchemaVersion"/>, since opening migrates.</summary>
    public int SchemaVersion { get; }

    public static int LatestSchemaVersion => SchemaScripts.LatestVersion;

    /// <summary>Opens (creating folders and file as needed) and migrates the database at <paramref name="path"/>.</summary>
    /// <exception cref="DatabaseUnusableException">The file is not a StanceTracker database, or a newer one.</exception>
    public static SqliteDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return OpenWritable(path);
        }
        catch (DatabaseUnusableException e)
        {
            throw new DatabaseUnusableException($"cannot use database '{path}': {e.Message}", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCodes.NotADatabase or SqliteCodes.Corrupt)
        {
            throw new DatabaseUnusableException($"cannot use database '{path}': {e.Message.TrimEnd('.')}", e);
        }
        catch (SqliteException e) when (SqliteCodes.IsDiskFull(e, path))
        {
            throw new StorageFullException($"the disk is full: cannot prepare database '{path}': {e.Message.TrimEnd('.')}", e);
        }
    }

    private static SqliteDatabase OpenWritable(string path)
    {
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
        return new SqliteDatabase(fullPath, connectionString, version);
    }

    /// <summary>
    /// Opens an existing database for reading only, so reading commands work where nothing may be written (a
    /// read-only mount, a copy on a DVD). A WAL database needs its -shm file to be read, and where that file does not
    /// exist and cannot be created the file is opened as immutable: nothing else can be writing to it there.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">Not a StanceTracker database, newer than this build, or too old to read unchanged where it cannot be upgraded.</exception>
    public static SqliteDatabase OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var plain = ReadOnlyConnectionString(fullPath, immutable: false);
        try
        {
            int version;
            string connectionString;
            try
            {
                connectionString = plain;
                version = ReadVersion(connectionString);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteCodes.CannotOpen or SqliteCodes.ReadOnly)
            {
                connectionString = ReadOnlyConnectionString(fullPath, immutable: true);
                version = ReadVersion(connectionString);
            }
            if (version > LatestSchemaVersion)
            {
                throw SchemaMigrator.Newer(version);
            }
            if (version < LatestSchemaVersion)
            {
                // An older file is upgraded where it can be written; on read-only media the upgrade fails with a clear message.
                return OpenWritable(fullPath);
            }
            return new SqliteDatabase(fullPath, connectionString, version);
        }
        catch (DatabaseUnusableException e)
        {
            throw new DatabaseUnusableException($"cannot use database '{path}': {e.Message}", e);
        }
        catch (SqliteException e)
        {
            throw new DatabaseUnusableException($"cannot use database '{path}': {e.Message.TrimEnd('.')}", e);
        }
    }

    private static string ReadOnlyConnectionString(string fullPath, bool immutable) => new SqliteConnectionStringBuilder
    {
        // The URI form carries immutable=1; SQLite reads it because the data source starts with "file:".
        DataSource = immutable ? new Uri(fullPath).AbsoluteUri + "?immutable=1" : fullPath,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        ForeignKeys = true,
    }.ToString();

    private static int ReadVersion(string connectionString)
    {
        using var connection = Connect(connectionString);
        // Reads the schema too: a file that is not a database fails here, not in the first query.
        connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema");
        return SchemaMigrator.ReadVersion(connection, null);
    }

    /// <summary>A new open connection with the pragmas applied. The caller disposes it.</summary>
    public SqliteConnection OpenConnection() => Connect(_connectionString);

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

    IDbConnection IStoreTransactions.OpenReader() => OpenConnection();

    // SQLite has one writer at a time: every write transaction is its turn.
    T IStoreTransactions.Write<T>(Func<IDbTransaction, T> write, bool takeWriteTurn)
    {
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e) when (IsFull(e))
        {
            throw Full(e);
        }
    }

    /// <summary>Whether <paramref name="e"/> says this database's disk is full.</summary>
    internal bool IsFull(SqliteException e) => SqliteCodes.IsDiskFull(e, Path);

    /// <summary>The engine-neutral failure a full disk becomes, naming the file.</summary>
    internal StorageFullException Full(SqliteException e) => new($"{Path}: {e.Message.TrimEnd('.')}", e);
}
