namespace StanceTracker.Core.Classification;

/// <summary>How far a training run is, for progress bars and logs: <paramref name="Fraction"/> in [0, 1] and a readable line.</summary>
public sealed record TrainingProgress(double Fraction, string Message);

public static class TrainingProgressExtensions
{
    /// <summary>Maps a stage's own 0..1 onto [<paramref name="from"/>, <paramref name="to"/>] of the whole run.</summary>
    public static IProgress<TrainingProgress>? Within(this IProgress<TrainingProgress>? progress, double from, double to) =>
        progress is null ? null : new Scaled(progress, from, to);

    /// <summary>Only the messages, for hosts that log lines.</summary>
    public static IProgress<TrainingProgress>? AsMessages(this IProgress<string>? lines) => lines is null ? null : new Messages(lines);

    private sealed class Scaled(IProgress<TrainingProgress> inner, double from, double to) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => inner.Report(value with { Fraction = from + (to - from) * Math.Clamp(value.Fraction, 0, 1) });
    }

    // Reports on the calling thread, in order (Progress<T> would post to the thread pool and could reorder lines).
    private sealed class Messages(IProgress<string> lines) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => lines.Report(value.Message);
    }
}
