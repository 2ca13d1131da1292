using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

public sealed class IngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingesting_the_same_articles_twice_stores_them_once()
    {
        for (var i = 0; i < 5; i++)
        {
            _temp.File($"in/a{i}.md", Articles.FrontMatter(i));
        }
        // The same text as a JSON article and with Windows line endings: still the same article.
        _temp.File("in/copy.json", JsonSerializer.Serialize(new { title = "Copy", published = "2025-03-01", text = Articles.FrontMatter(3).Split("---", 3)[2].Replace("\n", "\r\n", StringComparison.Ordinal) }));
        var folder = Path.Combine(_temp.Path, "in");

        var first = Cli.Run("ingest", "--no-classify", folder, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, first.Exit);
        Assert.Matches(@"new\s+5\b", first.Out);
        Assert.Matches(@"duplicates\s+1\b", first.Out);

        var second = Cli.Run("ingest", "--no-classify", folder, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Matches(@"new\s+0\b", second.Out);
        Assert.Matches(@"duplicates\s+6\b", second.Out);
        Assert.Equal(5L, Scalar("SELECT count(*) FROM articles"));
    }

    [Fact]
    public void Extract_prints_the_documented_shape_and_stores_nothing()
    {
        var file = _temp.File("one.md", Articles.FrontMatter(1, "2024-11-05"));
        var (exit, output, _) = Cli.Run("extract", "--no-classify", file, "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        Assert.Equal(file, root.GetProperty("file").GetString());
        Assert.Equal("Test article 1", root.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("2024-11-05", root.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("Test Wire", root.GetProperty("article").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("article").GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("statements").ValueKind);
        Assert.False(File.Exists(_temp.Database));
    }

    [Fact]
    public void Extract_json_is_one_array()
    {
        _temp.File("in/a.md", Articles.FrontMatter(1));
        _temp.File("in/b.md", Articles.FrontMatter(2));
        var (exit, output, _) = Cli.Run("extract", "--no-classify", Path.Combine(_temp.Path, "in"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_temp.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
