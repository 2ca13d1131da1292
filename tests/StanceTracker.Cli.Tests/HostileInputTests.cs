using System.Text;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>Hostile or unlucky input at the command line: bounded work, exit codes as the README gives them, one line and no stack trace.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void AssertOneCleanLine(string err, string mustContain)
    {
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"one line on standard error, got:\n{err}");
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mustContain, lines[0], StringComparison.Ordinal);
    }

    private static string DenseArticle(int statements)
    {
        var text = new StringBuilder("---\ntitle: Dense\npublished: 2025-03-01\nsource: T\n---\n\n");
        for (var i = 0; i < statements; i++)
        {
            text.Append("Anna Berg, the foreign minister, said on Monday that talks number ").Append(i).Append(" would continue.\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public void An_article_yielding_more_statements_than_the_cap_is_refused_and_the_others_are_kept()
    {
        _temp.File("in/a-dense.md", DenseArticle(StanceTracker.Core.Analysis.AnalysisLimits.Default.MaxStatements + 500));
        _temp.File("in/b-good.md", Articles.FrontMatter(1));

        var (exit, output, err) = Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database);

        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("a-dense.md", err, StringComparison.Ordinal);
        Assert.Contains("statements", err, StringComparison.Ordinal);
        Assert.Contains(StanceTracker.Core.Analysis.AnalysisLimits.Default.MaxStatements.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), err, StringComparison.Ordinal);
        Assert.Matches(@"new\s+1\b", output);
    }

    [Fact]
    public void An_article_longer_than_the_text_cap_is_refused_by_extract()
    {
        var limit = StanceTracker.Core.Analysis.AnalysisLimits.Default.MaxCharacters;
        var body = string.Concat(Enumerable.Repeat("The committee reviewed the figures for the coming year in detail. ", limit / 60 + 100));
        var file = _temp.File("long.md", $"---\ntitle: Long\npublished: 2025-03-01\n---\n{body}");

        var (exit, _, err) = Cli.Run("extract", "--no-classify", file);

        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("long.md", err, StringComparison.Ordinal);
        Assert.Contains("characters", err, StringComparison.Ordinal);
    }

    private string DatabaseAtVersion(int version)
    {
        var file = _temp.File("in/one.md", Articles.FrontMatter(1));
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", file, "--db", _temp.Database).Exit);
        using (var connection = new SqliteConnection($"Data Source={_temp.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {version}";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        return _temp.Database;
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("matrix")]
    [InlineData("ingest")]
    [InlineData("export")]
    public void A_database_from_a_newer_version_is_a_usage_error_in_one_line(string command)
    {
        var database = DatabaseAtVersion(99);
        string[] args = command == "ingest"
            ? ["ingest", "--no-classify", _temp.File("two.md", Articles.FrontMatter(2)), "--db", database]
            : [command, "--db", database];

        var (exit, _, err) = Cli.Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        AssertOneCleanLine(err, "newer");
    }

    [Fact]
    public void A_negative_matrix_window_is_a_usage_error()
    {
        var database = DatabaseAtVersion(Data.Sqlite.SqliteDatabase.LatestSchemaVersion);

        var (exit, _, err) = Cli.Run("matrix", "--db", database, "--window", "-5");

        Assert.Equal(ExitCodes.UsageError, exit);
        AssertOneCleanLine(err, "--window");
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("ingest")]
    public void An_unusable_database_file_is_the_same_usage_error_for_every_command(string command)
    {
        var database = _temp.Bytes("garbage.db", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("this is not a database ", 400))));
        string[] args = command == "ingest"
            ? ["ingest", "--no-classify", _temp.File("two.md", Articles.FrontMatter(2)), "--db", database]
            : [command, "--db", database];

        var (exit, _, err) = Cli.Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        AssertOneCleanLine(err, "garbage.db");
    }

    [Fact]
    public void A_published_date_in_the_future_is_refused_on_the_command_line_as_in_a_file()
    {
        var file = _temp.File("plain.txt", "A title\n\nSome text.");

        var (exit, _, err) = Cli.Run("ingest", "--no-classify", file, "--db", _temp.Database, "--published", "9999-01-01");

        Assert.Equal(ExitCodes.UsageError, exit);
        AssertOneCleanLine(err, "9999-01-01");
        Assert.False(File.Exists(_temp.Database));
    }

    [Theory]
    [InlineData("language: fr\n", "Le ministre des affaires étrangères a déclaré lundi que les pourparlers continueraient la semaine prochaine.")]
    [InlineData("", "Der Außenminister erklärte am Montag, dass die Gespräche in der nächsten Woche fortgesetzt würden und dass die Regierung bereit sei.")]
    public void An_article_in_another_language_that_yields_no_statements_says_why(string languageLine, string body)
    {
        var file = _temp.File("foreign.md", $"---\ntitle: Nachrichten\npublished: 2025-03-01\n{languageLine}---\n{body}\n\n{body}\n");

        var (exit, output, err) = Cli.Run("ingest", "--no-classify", file, "--db", _temp.Database);

        Assert.Equal(ExitCodes.Ok, exit);
        var all = output + err;
        Assert.Contains("foreign.md", all, StringComparison.Ordinal);
        Assert.Contains("English", all, StringComparison.Ordinal);
    }
}
