using Microsoft.Data.Sqlite;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// The 1,796 real presidential releases in ../shared: every distinct text stored once, a second run stores nothing.
/// Two of them (zelenskyy.jsonl lines 818 and 877) are the same joint statement with identical text, published on
/// 2 and 20 December 2021; identity is the normalised text, so that text is stored once.
/// </summary>
public sealed class CorpusIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Presidential_releases_are_stored_once()
    {
        var corpus = SharedFolder.Require("corpus/kremlin-president-ua-2022");

        var first = Cli.Run("ingest", "--no-classify", corpus, "--db", _temp.Database);
        Assert.True(first.Exit == ExitCodes.Ok, first.Err);
        Assert.Matches(@"read\s+1,796\b", first.Out);
        Assert.Matches(@"new\s+1,795\b", first.Out);
        Assert.Matches(@"duplicates\s+1\b", first.Out);
        Assert.Contains("SOURCE.md", first.Out, StringComparison.Ordinal);

        var second = Cli.Run("ingest", "--no-classify", corpus, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Matches(@"new\s+0\b", second.Out);
        Assert.Matches(@"duplicates\s+1,796\b", second.Out);

        using var connection = new SqliteConnection($"Data Source={_temp.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM articles";
        Assert.Equal(1795L, command.ExecuteScalar());
    }
}
