using System.Diagnostics;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Cli.Tests;

/// <summary><c>stancetracker users</c>: who may sign in to a team dashboard, on a real database file.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (int Exit, string Out, string Err) Run(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApplication.Run(args, new StringReader(stdin ?? ""), stdout, stderr, StanceModelKinds.BuiltInRegistry());
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Add_reads_the_password_from_stdin_and_stores_only_its_hash()
    {
        var (exit, output, error) = Run("s3cret-enough\n", "users", "add", "Ana", "--role", "admin", "--db", _temp.Database);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Added Ana (admin)", output, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={_temp.Database}");
        connection.Open();
        using var command = new SqliteCommand("SELECT role || ' ' || password_hash FROM users WHERE name = 'Ana'", connection);
        var stored = (string)command.ExecuteScalar()!;
        Assert.StartsWith("admin pbkdf2-sha512$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void List_role_and_remove_manage_the_users()
    {
        Assert.Equal(ExitCodes.Ok, Run("password one\n", "users", "add", "ana", "--role", "reviewer", "--db", _temp.Database).Exit);
        Assert.Equal(ExitCodes.Ok, Run("password two\n", "users", "add", "Bo", "--db", _temp.Database).Exit);

        Assert.Equal(ExitCodes.Ok, Run(null, "users", "role", "ANA", "admin", "--db", _temp.Database).Exit);
        Assert.Equal(ExitCodes.Ok, Run(null, "users", "remove", "bo", "--db", _temp.Database).Exit);
        var (exit, listed, _) = Run(null, "users", "list", "--db", _temp.Database);

        Assert.Equal(ExitCodes.Ok, exit);
        var lines = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^ana\s+admin\s+\d{4}-\d\d-\d\d \d\d:\d\d\s*$", lines[1]);
        Assert.Matches(@"^Bo\s+viewer\s+\S+ \S+\s+\d{4}-\d\d-\d\d \d\d:\d\d\s*$", lines[2]);
    }

    [Theory]
    [InlineData("", "no password")]
    [InlineData("short\n", "at least 8 characters")]
    public void A_missing_or_short_password_is_a_usage_error(string stdin, string expected)
    {
        var (exit, _, error) = Run(stdin, "users", "add", "ana", "--db", _temp.Database);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_unique_whatever_their_case_and_unknown_names_and_roles_are_refused()
    {
        Assert.Equal(ExitCodes.Ok, Run("password one\n", "users", "add", "Ana", "--db", _temp.Database).Exit);

        var twice = Run("password two\n", "users", "add", "ANA", "--db", _temp.Database);
        var unknown = Run(null, "users", "role", "nobody", "admin", "--db", _temp.Database);
        var badRole = Run(null, "users", "role", "Ana", "owner", "--db", _temp.Database);
        var noDatabase = Run(null, "users", "remove", "Ana", "--db", Path.Combine(_temp.Path, "missing.db"));

        Assert.Equal((ExitCodes.UsageError, ExitCodes.UsageError, ExitCodes.UsageError, ExitCodes.UsageError), (twice.Exit, unknown.Exit, badRole.Exit, noDatabase.Exit));
        Assert.Contains("already a user named 'Ana'", twice.Err, StringComparison.Ordinal);
        Assert.Contains("no active user named 'nobody'", unknown.Err, StringComparison.Ordinal);
        Assert.Contains("owner", badRole.Err, StringComparison.Ordinal);
        Assert.Contains("no database", noDatabase.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "missing.db")));
    }

    [Fact]
    public void The_password_may_come_from_the_environment_and_is_no_argument()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "stancetracker.dll"), "users", "add", "env-user", "--role", "reviewer", "--db", _temp.Database])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["STANCETRACKER_PASSWORD"] = "from the environment";
        using (var process = Process.Start(start)!)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
            Assert.True(process.ExitCode == ExitCodes.Ok, output + process.StandardError.ReadToEnd());
        }
        Assert.Contains("env-user", Run(null, "users", "list", "--db", _temp.Database).Out, StringComparison.Ordinal);

        var (exit, _, error) = Run(null, "users", "add", "arg-user", "--password", "on-the-command-line", "--db", _temp.Database);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--password", error, StringComparison.Ordinal);
    }
}
