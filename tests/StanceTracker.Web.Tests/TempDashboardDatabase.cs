using Microsoft.Data.Sqlite;
using StanceTracker.Data;
using Microsoft.Extensions.DependencyInjection;

namespace StanceTracker.Web.Tests;

/// <summary>A database file with the topic taxonomy loaded, for component tests that query for real.</summary>
internal sealed class TempDashboardDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-web-db-" + Guid.NewGuid().ToString("N")[..12]);

    public TempDashboardDatabase()
    {
        Directory.CreateDirectory(_folder);
        Database = TestServices.On(Path.Combine(_folder, "test.db")).GetRequiredService<StanceDatabase>();
    }

    public StanceDatabase Database { get; }

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
