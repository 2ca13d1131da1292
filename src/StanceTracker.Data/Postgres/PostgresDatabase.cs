using System.Data;
using Dapper;
using Npgsql;
using StanceTracker.Data.Mapping;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// A PostgreSQL database shared by a team. Holds one pooled data source; every store or query opens a short-lived
/// connection from it, so any number of readers and writers, in any number of processes, run at once.
/// </summary>
public sealed class PostgresDatabase : IStanceStore, IStoreTransactions, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    // Every query opens its connection here, so the handlers are in place before any of them runs.
    static PostgresDatabase() => DapperTypeHandlers.Register();

    private PostgresDatabase(NpgsqlDataSource dataSource, string location, int schemaVersion)
    {
        _dataSource = dataSource;
        Location = location;
        SchemaVersion = schemaVersion;
    }

    // Any number: it only has to be the same in every process that writes to a StanceTracker database.
    private const long WriteLock = 0x5374_5772_6974;

    private const string WriteTurnSql = """
        SELECT pg_advisory_xact_lock(@Lock)
        """;

    /// <summary>Server and database, never the password.</summary>
    public string Location { get; }

    public int SchemaVersion { get; }

    /// <summary>Whether <paramref name="database"/> names a PostgreSQL database (a connection string) rather than a file.</summary>
    public static bool IsConnectionString(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || database.Contains(";Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Connects and migrates the database the connection string names.</summary>
    /// <exception cref="DatabaseUnusableException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static PostgresDatabase Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseUnusableException($"cannot use database: the connection string is not valid: {e.Message}", e);
        }
        var location = Describe(settings);
        var dataSource = NpgsqlDataSource.Create(settings);
        try
        {
            using var connection = dataSource.OpenConnection();
            var version = PostgresMigrator.Migrate(connection);
            return new PostgresDatabase(dataSource, location, version);
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException or DatabaseUnusableException)
        {
            dataSource.Dispose();
            throw new DatabaseUnusableException($"cannot use database '{location}': {e.Message.TrimEnd('.')}", e);
        }
    }

    /// <summary>
    /// Waits for this transaction's turn to write positions: writers that refresh the per-day winners take turns, as in
    /// SQLite, so two of them never both insert the same actor's day. Held until the transaction ends.
    /// </summary>
    internal static void TakeWriteTurn(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.Execute(WriteTurnSql, new { Lock = WriteLock }, transaction);

    /// <summary>Server and database of a connection string, for messages: never its password.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            return Describe(new NpgsqlConnectionStringBuilder(connectionString));
        }
        catch (ArgumentException)
        {
            return "(a PostgreSQL connection string that is not valid)";
        }
    }

    private static string Describe(NpgsqlConnectionStringBuilder settings) => $"{settings.Host}/{settings.Database ?? settings.Username}";

    /// <summary>A new open connection from the pool. The caller disposes it.</summary>
    public NpgsqlConnection OpenConnection() => _dataSource.OpenConnection();

    IDbConnection IStoreTransactions.OpenReader() => OpenConnection();

    T IStoreTransactions.Write<T>(Func<IDbTransaction, T> write, bool takeWriteTurn)
    {
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction();
            if (takeWriteTurn)
            {
                TakeWriteTurn(connection, transaction);
            }
            var result = write(transaction);
            transaction.Commit();
            return result;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StorageFullException($"{Location}: {e.MessageText}", e);
        }
    }

    public void Dispose() => _dataSource.Dispose();
}
