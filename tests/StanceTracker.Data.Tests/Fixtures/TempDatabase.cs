using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>A real database file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "stancetracker-data-tests", Guid.NewGuid().ToString("N"));
        // A nested path that does not exist yet, so every test also exercises folder creation.
        FilePath = Path.Combine(Folder, "nested", "stance.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public SqliteDatabase Open() => SqliteDatabase.Open(FilePath);

    /// <summary>A connection that bypasses <see cref="SqliteDatabase"/>, for setting up old schemas and checking raw state.</summary>
    public SqliteConnection OpenRaw()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static long Count(SqliteDatabase database, string table)
    {
        using var connection = database.OpenConnection();
        // Table names come from the tests themselves, never from input.
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind must not fail a test.
        }
    }
}
