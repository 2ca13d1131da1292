namespace StanceTracker.Data.Storage;

/// <summary>What a news source is: an RSS/Atom feed fetched over HTTP, or a folder whose article files are read.</summary>
public enum NewsSourceKind
{
    Feed,
    Folder,
}

/// <summary>A news source as the store keeps it, with the status of its polls.</summary>
/// <param name="Location">The feed's absolute http(s) address, or the folder's full path.</param>
/// <param name="ETag">The validators of the feed's last full answer, sent back so an unchanged feed answers 304.</param>
/// <param name="LastError">The last failure's message; kept after a later success, whose time tells it is over.</param>
/// <param name="ArticlesAdded">New articles stored from this source in all its polls.</param>
/// <param name="LastArticlesAdded">New articles stored by its last successful poll.</param>
public sealed record NewsSource(
    long Id,
    NewsSourceKind Kind,
    string Location,
    string Name,
    TimeSpan Interval,
    DateTimeOffset AddedAt,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPolledAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset NextPollAt,
    long ArticlesAdded,
    int LastArticlesAdded)
{
    /// <summary>Whether the last poll failed (a success since the last error clears it).</summary>
    public bool Failing => ConsecutiveFailures > 0;
}

/// <summary>What one poll of a source came to, as the poller decided it; the store writes it as it is.</summary>
/// <param name="Error">Null for a success (a 304 is one); else why the poll failed, for the status line.</param>
/// <param name="ETag">The validators to send next time (on a 304 or a failure, the ones the source had).</param>
/// <param name="ConsecutiveFailures">0 after a success; the failures in a row, this one included, after a failure.</param>
/// <param name="NextPollAt">When the source is due again: its interval after a success, longer after failures.</param>
public sealed record PollRecord(
    DateTimeOffset PolledAt,
    string? Error,
    string? ETag,
    string? LastModified,
    int ArticlesAdded,
    int ConsecutiveFailures,
    DateTimeOffset NextPollAt)
{
    public bool Succeeded => Error is null;
}

/// <summary>A feed item or a folder's file already read from a source.</summary>
/// <param name="Key">The item's address (or its text's hash), or the file's path in the folder.</param>
/// <param name="Fingerprint">What tells a changed file from the one read (its length and time), empty for feed items.</param>
public sealed record SeenItem(string Key, string Fingerprint);

/// <summary>The location is already a source.</summary>
public sealed class NewsSourceExistsException(string message) : Exception(message);

/// <summary>
/// The feeds and watch folders polled for new articles (<c>sources add|list|remove</c>, the /sources page), each
/// source's status, and what has been read from each.
/// </summary>
public interface INewsSourceStore
{
    /// <summary>Adds a feed (an absolute http or https address) or an existing folder, due at once.</summary>
    /// <param name="name">Shown in lists; null or blank: the address's host and path, or the folder's name.</param>
    /// <exception cref="ArgumentException">The location, name or interval is not acceptable (<see cref="NewsSourceRules"/>); the message says why.</exception>
    /// <exception cref="NewsSourceExistsException">The location is a source already.</exception>
    NewsSource Add(string location, string? name, TimeSpan interval, DateTimeOffset now);

    /// <summary>Every source, by id.</summary>
    IReadOnlyList<NewsSource> List();

    NewsSource? Find(long id);

    /// <summary>The source at this location as <see cref="Add"/> would normalise it, or null.</summary>
    NewsSource? FindByLocation(string location);

    /// <summary>Removes a source and what was seen from it (its articles stay); false when there is none.</summary>
    bool Remove(long id);

    /// <summary>The sources due at <paramref name="now"/>, the longest overdue first.</summary>
    IReadOnlyList<NewsSource> Due(DateTimeOffset now);

    /// <summary>
    /// Takes a due source for one poller until <paramref name="until"/> (its due time moves there), so that several
    /// dashboards or <c>watch</c> processes sharing a store poll it once; false when another took it first or it
    /// changed since it was read. A poller that dies holding it leaves it due again at <paramref name="until"/>.
    /// </summary>
    bool TryClaim(NewsSource source, DateTimeOffset until);

    /// <summary>Hands back a claimed source that was not polled (a cancelled poll), due again as it was.</summary>
    void Release(NewsSource source, DateTimeOffset claimedUntil);

    /// <summary>Writes a poll's outcome; false when the source was removed meanwhile.</summary>
    bool RecordPoll(long id, PollRecord poll);

    /// <summary>Key to fingerprint of everything seen from the source.</summary>
    IReadOnlyDictionary<string, string> Seen(long sourceId);

    /// <summary>Records items as seen (a changed file's new fingerprint replaces the old one).</summary>
    void MarkSeen(long sourceId, IReadOnlyList<SeenItem> items, DateTimeOffset at);
}
