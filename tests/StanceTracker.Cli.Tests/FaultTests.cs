using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// Disk full and read-only media on real filesystems (a size-limited tmpfs, a read-only bind mount): one clear message,
/// a distinct exit code, and the database left whole.
/// </summary>
public sealed class FaultTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_full_disk_stops_the_ingest_at_the_first_failure_with_one_message()
    {
        using var disk = Mount.Tmpfs(Path.Combine(_temp.Path, "small"), 2048);
        var database = Path.Combine(disk.Path, "full.db");
        var first = _temp.File("first/one.md", Articles.FrontMatter(1));
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", first, "--db", database).Exit);
        SqliteConnection.ClearAllPools();

        // Fill what is left of the filesystem, then offer many articles.
        var filler = Path.Combine(disk.Path, "filler.bin");
        using (var stream = new FileStream(filler, FileMode.Create))
        {
            var block = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    stream.Write(block);
                    stream.Flush();
                }
            }
            catch (IOException)
            {
                // No space left: what the test wanted.
            }
        }
        for (var i = 2; i <= 300; i++)
        {
            _temp.File($"many/a{i:000}.md", Articles.FrontMatter(i) + string.Concat(Enumerable.Repeat($"Filler sentence {i} to make the article longer. ", 80)));
        }

        var (exit, output, err) = Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "many"), "--db", database);

        Assert.Equal(ExitCodes.DiskFull, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("full", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(lines.Count == 1, $"one message about the full disk, got {lines.Count}:\n{err}");
        Assert.Contains(database, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);

        SqliteConnection.ClearAllPools();
        File.Delete(filler);
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        check.CommandText = "SELECT count(*) FROM articles WHERE body IS NULL OR title IS NULL";
        Assert.Equal(0L, check.ExecuteScalar());
        _ = output;
    }

    [Fact]
    public void Reading_commands_work_on_a_read_only_mount()
    {
        var source = Path.Combine(_temp.Path, "media");
        var file = _temp.File("in/one.md", Articles.FrontMatter(1));
        var database = Path.Combine(source, "ro.db");
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", file, "--db", database).Exit);
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(database + "-shm"), "the last connection removed the -shm file, as on copied media");

        using var view = Mount.ReadOnlyView(source, Path.Combine(_temp.Path, "readonly"));
        var readOnly = Path.Combine(view.Path, "ro.db");

        var stats = Cli.Run("stats", "--db", readOnly);
        Assert.True(stats.Exit == ExitCodes.Ok, stats.Err);
        Assert.Matches(@"Articles\s+1\b", stats.Out);

        var matrix = Cli.Run("matrix", "--db", readOnly, "--as-of", "2025-03-02", "--format", "csv");
        Assert.True(matrix.Exit == ExitCodes.Ok, matrix.Err);
        var export = Cli.Run("export", "--db", readOnly, "--format", "csv");
        Assert.True(export.Exit == ExitCodes.Ok, export.Err);
    }
}
