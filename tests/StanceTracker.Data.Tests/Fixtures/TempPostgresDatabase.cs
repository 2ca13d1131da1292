using Npgsql;

namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>
/// A new, empty database on the test PostgreSQL server, dropped afterwards. The server is the one
/// STANCETRACKER_TEST_POSTGRES names (.ci/run starts a throwaway cluster and sets it); without it the test skips.
/// </summary>
internal sealed class TempPostgresDatabase : IDisposable
{
    public const string ServerVariable = "STANCETRACKER_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "st_test_" + Guid.NewGuid().ToString("N")[..16];

    private TempPostgresDatabase(string server)
    {
        _server = server;
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    /// <summary>Connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>A new database, or a skipped test saying why there is none.</summary>
    public static TempPostgresDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{ServerVariable} is not set: no PostgreSQL server for the team-store tests (.ci/run starts one)");
        }
        return new TempPostgresDatabase(server);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
