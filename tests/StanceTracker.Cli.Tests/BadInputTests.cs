using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>A folder of every kind of bad input beside one good article: each refused by name and reason, the good one kept.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string MakeFolder()
    {
        _temp.File("in/empty.txt", "");
        _temp.Bytes("in/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00]);
        _temp.Bytes("in/latin1.txt", [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\npublished: 2025-01-01\n---\n\nText.\n"u8.ToArray()]);
        _temp.File("in/broken.json", "{\"title\": \"Half\", \"published\": \"2025-01-01\", \"text\": \"cut off");
        _temp.File("in/undated.txt", "A headline without a date\n\nThe minister spoke.");
        _temp.File("in/impossible.md", "---\ntitle: Leap\npublished: 2025-02-30\n---\n\nText about a day that never was.");
        _temp.File("in/huge.txt", "---\ntitle: Huge\npublished: 2025-01-01\n---\n\n" + new string('x', 5 * 1024 * 1024 + 10));
        _temp.File("in/good.md", Articles.FrontMatter(7));
        return Path.Combine(_temp.Path, "in");
    }

    [Fact]
    public void Each_bad_file_is_refused_by_name_and_the_good_one_is_stored()
    {
        var folder = MakeFolder();
        var (exit, output, err) = Cli.Run("ingest", "--no-classify", folder, "--db", _temp.Database);

        Assert.Equal(ExitCodes.InputRefused, exit);
        var refusals = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("refused:", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, refusals.Count);
        AssertRefused(refusals, "empty.txt", "empty");
        AssertRefused(refusals, "binary.txt", "binary");
        AssertRefused(refusals, "latin1.txt", "UTF-8");
        AssertRefused(refusals, "broken.json", "JSON");
        AssertRefused(refusals, "undated.txt", "date");
        AssertRefused(refusals, "impossible.md", "2025-02-30");
        AssertRefused(refusals, "huge.txt", "limit");
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
        Assert.Matches(@"new\s+1\b", output);
        Assert.Matches(@"refused\s+7\b", output);

        using var connection = new SqliteConnection($"Data Source={_temp.Database}");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT title FROM articles";
        Assert.Equal("Test article 7", count.ExecuteScalar());
    }

    [Fact]
    public void Extract_reports_errors_as_lines_and_still_prints_the_good_article()
    {
        var folder = MakeFolder();
        var (exit, output, _) = Cli.Run("extract", "--no-classify", folder, "--format", "jsonl");
        Assert.Equal(ExitCodes.InputRefused, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.Equal(7, lines.Count(l => l.Contains("\"error\":", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("\"title\":\"Test article 7\"", StringComparison.Ordinal));
    }

    private static void AssertRefused(List<string> refusals, string file, string reasonFragment) =>
        Assert.Contains(refusals, line => line.Contains(file, StringComparison.Ordinal) && line.Contains(reasonFragment, StringComparison.OrdinalIgnoreCase));
}
