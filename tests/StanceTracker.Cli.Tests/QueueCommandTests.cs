namespace StanceTracker.Cli.Tests;

/// <summary>
/// <c>ingest --queue</c> and <c>worker</c> on the command line, on a SQLite file (workers on one machine may share
/// one): queueing analyses nothing, a draining worker stores every queued article once, and a second queueing of the
/// same files adds nothing.
/// </summary>
public sealed class QueueCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Queued_articles_are_stored_by_a_draining_worker_and_queueing_them_again_adds_nothing()
    {
        for (var i = 0; i < 5; i++)
        {
            _temp.File($"in/a{i}.md", Articles.FrontMatter(i));
        }
        var input = Path.Combine(_temp.Path, "in");

        var (queued, queueOutput, _) = Cli.Run("ingest", "--queue", input, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, queued);
        Assert.Contains("Queued 5 new article(s) of 5 read from 5 file(s)", queueOutput, StringComparison.Ordinal);
        Assert.Matches(@"waiting for a worker\s+5 ", queueOutput);
        Assert.Matches(@"Articles\s+0\b", Cli.Run("stats", "--db", _temp.Database).Out);

        var (worked, workerOutput, workerLog) = Cli.Run("worker", "--drain", "--no-classify", "--name", "test-worker", "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, worked);
        Assert.Contains("Worker test-worker finished 5 article(s)", workerOutput, StringComparison.Ordinal);
        Assert.Matches(@"new\s+5\b", workerOutput);
        Assert.Contains("stops when the queue is empty", workerLog, StringComparison.Ordinal);
        Assert.Matches(@"Articles\s+5\b", Cli.Run("stats", "--db", _temp.Database).Out);

        var (again, againOutput, _) = Cli.Run("ingest", "--queue", input, "--db", _temp.Database);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Contains("Queued 0 new article(s) of 5 read", againOutput, StringComparison.Ordinal);
        Assert.Matches(@"stored or queued before\s+5\b", againOutput);
        Assert.Contains("finished 0 article(s)", Cli.Run("worker", "--drain", "--no-classify", "--db", _temp.Database).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Queueing_leaves_the_choice_of_analysis_to_the_workers()
    {
        _temp.File("in/a.md", Articles.FrontMatter(1));

        var (exit, _, error) = Cli.Run("ingest", "--queue", "--no-classify", Path.Combine(_temp.Path, "in"), "--db", _temp.Database);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("give it to 'stancetracker worker'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--claim-timeout", "0")]
    [InlineData("--batch", "0")]
    [InlineData("--batch", "5000")]
    public void A_worker_option_out_of_range_is_a_usage_error(string option, string value)
    {
        var (exit, _, error) = Cli.Run("worker", "--drain", option, value, "--db", _temp.Database);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
