namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>
/// A clock for the poller's tests: time stands still until something waits on it, and then jumps by the wait at once,
/// so a polite delay or a back-off of a day costs the test nothing, yet shows in the times it stamps. Each wait is
/// recorded. <see cref="Advance"/> moves it by hand.
/// </summary>
public sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = start;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_lock)
            {
                return [.. _waits];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new Fired();
        }
        lock (_lock)
        {
            _now += dueTime;
            _waits.Add(dueTime);
        }
        // Fired off the caller's thread, as a real timer fires: Task.Delay expects its timer first.
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
