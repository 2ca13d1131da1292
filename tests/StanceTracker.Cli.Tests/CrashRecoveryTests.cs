using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>An ingest killed with SIGKILL part-way leaves a consistent database, and a rerun completes it without duplicates.</summary>
public sealed partial class CrashRecoveryTests : IDisposable
{
    private const int FileCount = 4;
    private const int ArticlesPerFile = 10_000;
    private const int ArticleCount = FileCount * ArticlesPerFile;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Killed_ingest_leaves_whole_articles_and_a_rerun_finishes_the_job()
    {
        var corpus = Path.Combine(_temp.Path, "corpus");
        Directory.CreateDirectory(corpus);
        for (var file = 0; file < FileCount; file++)
        {
            await using var writer = new StreamWriter(Path.Combine(corpus, $"part{file}.jsonl"));
            for (var n = 0; n < ArticlesPerFile; n++)
            {
                var i = file * ArticlesPerFile + n;
                await writer.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    title = $"Bulletin {i}",
                    published = $"2024-{1 + i % 12:00}-{1 + i % 28:00}",
                    source = "Crash Wire",
                    text = $"Bulletin {i}. The spokesperson of Examplestan said round {i} of talks had ended without agreement.",
                }));
            }
        }

        var progressAtKill = -1;
        using (var ingest = Cli.Start("ingest", "--no-classify", corpus, "--db", _temp.Database))
        {
            // The CLI prints "Ingesting:  20% (...)" lines when its output is not a terminal; kill it a fifth of the way in.
            while (await ingest.StandardError.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            {
                if (ProgressLine().Match(line) is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 20)
                {
                    progressAtKill = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    ingest.Kill(); // SIGKILL on Linux: no clean-up code runs.
                    break;
                }
            }
            await ingest.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        Assert.True(progressAtKill is >= 20 and < 100, $"the ingest was killed part-way (at {progressAtKill}%)");

        var afterKill = Scalar("SELECT count(*) FROM articles");
        Assert.True(afterKill is > 0 and < ArticleCount, $"killed at {progressAtKill}%, found {afterKill} articles stored");
        Assert.Equal("ok", ScalarText("PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM articles WHERE title IS NULL OR body IS NULL OR content_hash IS NULL"));

        var (exit, output, err) = Cli.Run("ingest", "--no-classify", corpus, "--db", _temp.Database);
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Matches($@"new\s+{ArticleCount - afterKill:N0}\b", output);
        Assert.Matches($@"duplicates\s+{afterKill:N0}\b", output);
        Assert.Equal(ArticleCount, Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(ArticleCount, Scalar("SELECT count(DISTINCT content_hash) FROM articles"));
        Assert.Equal("ok", ScalarText("PRAGMA integrity_check"));
    }

    [GeneratedRegex(@"Ingesting:\s+(\d+)%")]
    private static partial Regex ProgressLine();

    private long Scalar(string sql) => (long)Query(sql)!;

    private string? ScalarText(string sql) => (string?)Query(sql);

    private object? Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
