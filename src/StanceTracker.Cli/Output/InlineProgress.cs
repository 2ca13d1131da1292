namespace StanceTracker.Cli;

/// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; posts to the thread pool, which can reorder lines).</summary>
internal sealed class InlineProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
