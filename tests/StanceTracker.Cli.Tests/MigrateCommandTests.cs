using Npgsql;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// <c>migrate</c> on the command line: the table it prints, exit 0 when every table reads back the same, exit 2 for a
/// store that already holds data or an option that names the wrong kind of store. Needs the test PostgreSQL server.
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<string> _databases = [];
    private readonly string _server = Environment.GetEnvironmentVariable("STANCETRACKER_TEST_POSTGRES") ?? "";

    public void Dispose()
    {
        if (_databases.Count > 0)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            foreach (var name in _databases)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        _temp.Dispose();
    }

    [Fact]
    public void Migrate_prints_every_table_the_same_and_a_second_run_is_refused()
    {
        var target = EmptyPostgres();
        for (var i = 0; i < 4; i++)
        {
            _temp.File($"in/a{i}.md", Articles.FrontMatter(i));
        }
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database).Exit);

        var (exit, output, _) = Cli.Run("migrate", "--from", _temp.Database, "--to", target);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"Copied [\d,]+ rows from .* in [\d.]+ s \([\d,]+ rows/s\)", output);
        Assert.Matches(@"table\s+rows\s+checksum\s+same\?", output);
        Assert.Matches(@"(?m)^articles\s+4\s+[0-9a-f]{16}\s+yes$", output);
        Assert.Matches(@"(?m)^statements\s+\d+\s+[0-9a-f]{16}\s+yes$", output);
        Assert.DoesNotContain("NO", output, StringComparison.Ordinal);

        var withPassword = new NpgsqlConnectionStringBuilder(target) { Password = "hunter2-secret" }.ConnectionString;
        var (again, againOutput, error) = Cli.Run("migrate", "--from", _temp.Database, "--to", withPassword);

        Assert.Equal(ExitCodes.UsageError, again);
        Assert.Equal("", againOutput);
        Assert.Contains("already holds", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_naming_the_wrong_kind_of_store_are_usage_errors()
    {
        var target = EmptyPostgres();
        _temp.File("in/a.md", Articles.FrontMatter(1));
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database).Exit);

        Assert.Equal(ExitCodes.UsageError, Cli.Run("migrate", "--from", _temp.Database).Exit);
        var (toFile, _, toFileError) = Cli.Run("migrate", "--from", _temp.Database, "--to", Path.Combine(_temp.Path, "other.db"));
        Assert.Equal(ExitCodes.UsageError, toFile);
        Assert.Contains("not a PostgreSQL connection string", toFileError, StringComparison.Ordinal);
        var (missing, _, missingError) = Cli.Run("migrate", "--from", Path.Combine(_temp.Path, "none.db"), "--to", target);
        Assert.Equal(ExitCodes.UsageError, missing);
        Assert.Contains("no SQLite database file", missingError, StringComparison.Ordinal);
        var (unreachable, _, unreachableError) = Cli.Run("migrate", "--from", _temp.Database, "--to", "Host=/nonexistent-socket-dir;Database=x;Password=hunter2-secret");
        Assert.Equal(ExitCodes.UsageError, unreachable);
        Assert.DoesNotContain("hunter2", unreachableError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreachableError, StringComparison.Ordinal);
    }

    private string EmptyPostgres()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            Assert.Skip("STANCETRACKER_TEST_POSTGRES is not set: no PostgreSQL server for the migrate tests (.ci/run starts one)");
        }
        var name = "st_cli_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
    }
}
