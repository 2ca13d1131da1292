using System.Globalization;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sources;

/// <summary>
/// A source's status in words, the same on <c>sources list</c>, the <c>watch</c> lines and the /sources page: whether
/// its last poll worked, when it last succeeded and failed and why, what it added, and when it is polled next.
/// </summary>
public static class NewsSourceStatus
{
    /// <summary>One line: "ok", "not polled yet", or "failing (N in a row): the error".</summary>
    public static string State(NewsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Failing)
        {
            return string.Create(CultureInfo.InvariantCulture, $"failing ({source.ConsecutiveFailures} in a row): {source.LastError}");
        }
        return source.LastPolledAt is null ? "not polled yet" : "ok";
    }

    /// <summary>The last error with its time, or "none"; an error a later success ended says so.</summary>
    public static string LastError(NewsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.LastErrorAt is not { } at)
        {
            return "none";
        }
        var over = source.Failing ? "" : " (since recovered)";
        return $"{When(at)}: {source.LastError}{over}";
    }

    public static string LastSuccess(NewsSource source) => source?.LastSuccessAt is { } at ? When(at) : "never";

    /// <summary>Articles added in all, and by the last successful poll.</summary>
    public static string Added(NewsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return string.Create(CultureInfo.InvariantCulture, $"{source.ArticlesAdded:N0} ({source.LastArticlesAdded:N0} at the last poll)");
    }

    /// <summary>The next poll's time; "now" once it is due.</summary>
    public static string NextPoll(NewsSource source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.NextPollAt <= now ? "due now" : When(source.NextPollAt);
    }

    /// <summary>One poll's line for <c>watch</c>: the source, what it read and added, or why it failed and when it is retried.</summary>
    public static string PollLine(SourcePollResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var source = result.Source;
        var head = string.Create(c, $"#{source.Id} {source.Name}: ");
        if (result.Record.Error is { } error)
        {
            return head + string.Create(c, $"FAILED ({result.Record.ConsecutiveFailures} in a row): {error}; retried at {When(result.Record.NextPollAt)}");
        }
        if (result.NotModified)
        {
            return head + $"not modified (304), nothing read; next poll {When(result.Record.NextPollAt)}";
        }
        var line = string.Create(c, $"{result.Read:N0} read, {result.Added:N0} new, {result.AlreadyStored:N0} already stored, {result.Unchanged:N0} seen before");
        if (result.PagesFetched > 0 || result.SummariesKept > 0)
        {
            line += string.Create(c, $", {result.PagesFetched:N0} page(s) fetched, {result.SummariesKept:N0} summary(ies) kept");
        }
        if (result.Refused > 0)
        {
            line += string.Create(c, $", {result.Refused:N0} refused");
        }
        if (result.Stopped is { } stopped)
        {
            line += $"; stopped early: {stopped}";
        }
        return head + line + $"; next poll {When(result.Record.NextPollAt)}";
    }

    /// <summary>A time as the status lines give it: UTC, to the minute.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
