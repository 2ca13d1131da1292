using System.Globalization;
using Spectre.Console;
using StanceTracker.Data.Ingestion;

namespace StanceTracker.Cli;

/// <summary>
/// A progress bar on the terminal (on standard error, so standard output stays clean for data); when standard error
/// is not a terminal, a plain line every tenth of the way, which reads well in CI logs.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(TextWriter stderr, string label, Func<IProgress<IngestProgress>, T> work)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error))
        {
            return work(new LineProgress(stderr, label));
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var result = work(new BarProgress(task, label));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class BarProgress(ProgressTask task, string label) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.MaxValue = Math.Max(1, value.BytesTotal);
            task.Value = Math.Min(value.BytesDone, task.MaxValue);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"{label} {value.ArticlesRead:N0} articles, file {Math.Min(value.FilesDone + 1, value.FilesTotal)}/{value.FilesTotal}");
        }
    }

    private sealed class LineProgress(TextWriter writer, string label) : IProgress<IngestProgress>
    {
        private int _lastTenth = -1;

        public void Report(IngestProgress value)
        {
            var tenth = value.BytesTotal == 0 ? 10 : (int)(value.BytesDone * 10 / value.BytesTotal);
            if (tenth <= _lastTenth)
            {
                return;
            }
            _lastTenth = tenth;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {tenth * 10,3}% ({value.ArticlesRead:N0} articles, {value.FilesDone}/{value.FilesTotal} files)"));
        }
    }
}
