using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sources;

/// <summary>What one poll of one source did, for the poll's line in <c>watch</c> and the tests.</summary>
/// <param name="Source">The source as it was before the poll.</param>
/// <param name="Record">What was recorded: success or the error, and when the source is due again.</param>
public sealed record SourcePollResult(NewsSource Source, PollRecord Record)
{
    /// <summary>The feed answered 304: nothing was read.</summary>
    public bool NotModified { get; init; }

    /// <summary>Feed items, or a folder's new and changed files, read.</summary>
    public int Read { get; init; }

    /// <summary>Items and files skipped because they were read at an earlier poll.</summary>
    public int Unchanged { get; init; }

    public int Added { get; init; }

    /// <summary>Articles whose text the store already held.</summary>
    public int AlreadyStored { get; init; }

    public int Refused { get; init; }

    /// <summary>Article pages fetched for items that carried only a summary.</summary>
    public int PagesFetched { get; init; }

    /// <summary>Summary-only items stored with their summary, their page being refused by robots.txt or failing.</summary>
    public int SummariesKept { get; init; }

    /// <summary>Why the poll stopped before the end (its budget, the page allowance): the rest is read next time.</summary>
    public string? Stopped { get; init; }

    /// <summary>Each refusal and page problem, with what it concerned (the first few).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>The counts of one poll as it goes.</summary>
internal sealed class PollTally(DateTimeOffset deadline, string? etag, string? lastModified)
{
    private const int MaxProblems = 20;
    private readonly List<string> _problems = [];

    public DateTimeOffset Deadline => deadline;
    public string? ETag { get; private set; } = etag;
    public string? LastModified { get; private set; } = lastModified;
    public bool NotModified { get; set; }
    public int Read { get; set; }
    public int Unchanged { get; set; }
    public int Added { get; private set; }
    public int AlreadyStored { get; private set; }
    public int Refused { get; private set; }
    public int PagesFetched { get; set; }
    public int SummariesKept { get; set; }
    public string? Stopped { get; set; }

    /// <summary>The answer was read to the end: its validators may be sent next time (after a partial read they may not, or the rest would be lost behind a 304).</summary>
    public void Validators(string? etag, string? lastModified)
    {
        ETag = etag;
        LastModified = lastModified;
    }

    public void Count(IngestOutcome outcome)
    {
        if (outcome.Refusal is { } reason)
        {
            Refused++;
            Problem($"{outcome.Origin}: {reason}");
        }
        else if (outcome.Duplicate)
        {
            AlreadyStored++;
        }
        else
        {
            Added++;
        }
    }

    public void Refuse(string problem)
    {
        Refused++;
        Problem(problem);
    }

    public void Problem(string problem)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(problem);
        }
    }

    public SourcePollResult Result(NewsSource source, PollRecord record) => new(source, record)
    {
        NotModified = NotModified,
        Read = Read,
        Unchanged = Unchanged,
        Added = Added,
        AlreadyStored = AlreadyStored,
        Refused = Refused,
        PagesFetched = PagesFetched,
        SummariesKept = SummariesKept,
        Stopped = Stopped,
        Problems = _problems,
    };
}
