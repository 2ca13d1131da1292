namespace StanceTracker.Data.Sources;

/// <summary>What polling news sources may cost and how politely it asks; the defaults suit a news desk's feeds.</summary>
public sealed record SourcePollerOptions
{
    /// <summary>A feed or page answer larger than this is cut off where it passes the limit and reported, never held whole.</summary>
    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>One request (connecting, the headers and the whole body) may take this long.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// One source's poll may take this long (by the poller's clock, waits included); past it no more pages are fetched
    /// and the items left are read at the next poll.
    /// </summary>
    public TimeSpan PollBudget { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two requests to one host (robots.txt, feeds and pages alike).</summary>
    public TimeSpan PoliteDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>An item whose text is shorter than this is taken for a summary: its page is fetched and read.</summary>
    public int SummaryCharacters { get; init; } = 600;

    /// <summary>At most this many article pages are fetched in one poll; the items left wait for the next.</summary>
    public int MaxPagesPerPoll { get; init; } = 50;

    /// <summary>How long a host's robots.txt is trusted before it is fetched again (RFC 9309 asks for no more than a day).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>robots.txt is read up to this size (RFC 9309's minimum); longer ones are read that far.</summary>
    public int MaxRobotsBytes { get; init; } = 500 * 1024;

    /// <summary>The robots.txt product token and the start of the User-Agent header.</summary>
    public const string ProductToken = "StanceTracker";

    public const string UserAgent = ProductToken + "/1.0 (news stance research; polls feeds politely and obeys robots.txt)";
}
