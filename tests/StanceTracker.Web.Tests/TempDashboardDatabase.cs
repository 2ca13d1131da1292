using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>A database file with the topic taxonomy loaded, for component tests that query for real.</summary>
internal sealed class TempDashboardDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-web-db-" + Guid.NewGuid().ToString("N")[..12]);

    public TempDashboardDatabase()
    {
        Directory.CreateDirectory(_folder);
        Database = TestServices.On(Path.Combine(_folder, "test.db")).GetRequiredService<SqliteDatabase>();
    }

    public SqliteDatabase Database { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
