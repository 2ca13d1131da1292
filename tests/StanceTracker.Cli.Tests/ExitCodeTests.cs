namespace StanceTracker.Cli.Tests;

public sealed class ExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var (exit, _, err) = Cli.Run("ingest", "--no-classify", "x.txt", "--frobnicate");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--frobnicate", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_paths_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.UsageError, Cli.Run("ingest", "--no-classify", "--db", _temp.Database).Exit);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.UsageError, Cli.Run("frobnicate").Exit);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("19/02/2025")]
    [InlineData("yesterday")]
    public void Published_date_that_does_not_exist_is_a_usage_error(string date)
    {
        var file = _temp.File("plain.txt", "A title\n\nSome text.");
        var (exit, _, err) = Cli.Run("ingest", "--no-classify", file, "--db", _temp.Database, "--published", date);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(date, err, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Database), "nothing is written when the command line is wrong");
    }

    [Fact]
    public void Extract_format_must_be_known()
    {
        var file = _temp.File("a.md", Articles.FrontMatter(1));
        Assert.Equal(ExitCodes.UsageError, Cli.Run("extract", "--no-classify", file, "--format", "xml").Exit);
    }

    [Fact]
    public void Stats_without_database_is_a_usage_error()
    {
        var (exit, _, err) = Cli.Run("stats", "--db", Path.Combine(_temp.Path, "none.db"));
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("none.db", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_input_exits_zero_and_stats_reports_it()
    {
        _temp.File("in/one.md", Articles.FrontMatter(1));
        _temp.File("in/two.md", Articles.FrontMatter(2));
        var (exit, output, err) = Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database);
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Matches(@"new\s+2\b", output);

        var stats = Cli.Run("stats", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, stats.Exit);
        Assert.Matches(@"Articles\s+2\b", stats.Out);
        Assert.Contains("2025-03-01 to 2025-03-01", stats.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_option_dates_plain_text()
    {
        var file = _temp.File("plain.txt", "Plain title\n\nExamplestan said it would think about it.");
        var (exit, output, err) = Cli.Run("ingest", "--no-classify", file, "--db", _temp.Database, "--published", "2024-05-06", "--source", "Desk");
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.Matches(@"new\s+1\b", output);
        Assert.Contains("2024-05-06 to 2024-05-06", Cli.Run("stats", "--db", _temp.Database).Out, StringComparison.Ordinal);
    }
}
