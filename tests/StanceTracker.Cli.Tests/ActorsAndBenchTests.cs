namespace StanceTracker.Cli.Tests;

public sealed class ActorsAndBenchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Article(int number, string body) => $"""
        ---
        title: Briefing {number}
        published: 2025-03-0{number}
        source: Test Wire
        ---

        {body}
        """;

    [Fact]
    public void Actors_suggest_lists_frequent_unknown_speakers_with_titles_and_countries()
    {
        for (var i = 1; i <= 3; i++)
        {
            _temp.File($"in/a{i}.md", Article(i, $"Examplestan's Foreign Minister Ivo Kestrel said on Monday that talks number {i} would continue. Sergei Lavrov said the talks were useful."));
        }
        _temp.File("in/b.md", Article(4, "Deputy Mayor Anna Quill said the bridge would reopen soon."));
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database).Exit);

        var (exit, output, _) = Cli.Run("actors", "suggest", "--db", _temp.Database, "--min", "2");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"\s3\s+3\s+Ivo Kestrel\s", output);
        Assert.Contains("Foreign Minister", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Lavrov", output, StringComparison.Ordinal); // in the catalogue
        Assert.DoesNotContain("Anna Quill", output, StringComparison.Ordinal); // below --min
    }

    [Fact]
    public void Actors_suggest_without_a_database_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("actors", "suggest", "--db", Path.Combine(_temp.Path, "missing.db"));

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no database", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_extract_reports_articles_size_time_rate_and_statements()
    {
        _temp.File("in/a1.md", Article(1, "Polish Prime Minister Donald Tusk ruled out sending troops. \u201CNever,\u201D he said."));
        _temp.File("in/a2.md", Article(2, "The weather was mild."));

        var (exit, output, _) = Cli.Run("bench", "extract", Path.Combine(_temp.Path, "in"), "--cores", "2");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(@"articles\s+2\b", output);
        Assert.Matches(@"statements\s+2\b", output);
        Assert.Matches(@"cores\s+2\b", output);
        Assert.Matches(@"throughput\s+[\d.]+ MB/s", output);
        Assert.Matches(@"seconds\s+[\d.]+", output);
    }

    [Fact]
    public void Bench_extract_rejects_zero_cores()
    {
        _temp.File("in/a1.md", Article(1, "Tusk ruled out sending troops."));

        Assert.Equal(ExitCodes.UsageError, Cli.Run("bench", "extract", Path.Combine(_temp.Path, "in"), "--cores", "0").Exit);
    }
}
