using System.Data;
using System.Data.Common;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The news sources over any engine (the portable SQL is in <see cref="NewsSourceRows"/>). An engine's subclass only
/// says how its unique-key violation looks: two hosts adding the same feed at once are told apart by the unique
/// location_key, and the second gets the same refusal as a location found taken. Sources are not what the per-day
/// rules derive from, so their writes take no writers' turn.
/// </summary>
public abstract class NewsSourceStore : INewsSourceStore
{
    private readonly IStoreTransactions _store;

    private protected NewsSourceStore(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Whether <paramref name="e"/> is the engine refusing a second row with the same unique key.</summary>
    private protected abstract bool IsUniqueViolation(DbException e);

    public NewsSource Add(string location, string? name, TimeSpan interval, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            return Write(t => NewsSourceRows.Add(t.Connection!, t, location, name, interval, now));
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            throw NewsSourceRows.Taken(location.Trim(), null);
        }
    }

    public IReadOnlyList<NewsSource> List()
    {
        using var connection = _store.OpenReader();
        return NewsSourceRows.List(connection);
    }

    public NewsSource? Find(long id)
    {
        using var connection = _store.OpenReader();
        return NewsSourceRows.Find(connection, null, id);
    }

    public NewsSource? FindByLocation(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        string key;
        try
        {
            key = NewsSourceRules.ParseLocation(location).Location;
        }
        catch (ArgumentException)
        {
            // Not a location a source could have (a folder since deleted): match it as it was stored.
            key = location.Trim();
        }
        using var connection = _store.OpenReader();
        return NewsSourceRows.FindByKey(connection, null, key);
    }

    public bool Remove(long id) => Write(t => NewsSourceRows.Remove(t.Connection!, t, id));

    public IReadOnlyList<NewsSource> Due(DateTimeOffset now)
    {
        using var connection = _store.OpenReader();
        return NewsSourceRows.Due(connection, now);
    }

    public bool TryClaim(NewsSource source, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Write(t => NewsSourceRows.MoveDue(t.Connection!, t, source.Id, source.NextPollAt, until));
    }

    public void Release(NewsSource source, DateTimeOffset claimedUntil)
    {
        ArgumentNullException.ThrowIfNull(source);
        Write(t => NewsSourceRows.MoveDue(t.Connection!, t, source.Id, claimedUntil, source.NextPollAt));
    }

    public bool RecordPoll(long id, PollRecord poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return Write(t => NewsSourceRows.RecordPoll(t.Connection!, t, id, poll));
    }

    public IReadOnlyDictionary<string, string> Seen(long sourceId)
    {
        using var connection = _store.OpenReader();
        return NewsSourceRows.Seen(connection, sourceId);
    }

    public void MarkSeen(long sourceId, IReadOnlyList<SeenItem> items, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count > 0)
        {
            Write(t =>
            {
                NewsSourceRows.MarkSeen(t.Connection!, t, sourceId, items, at);
                return 0;
            });
        }
    }

    private T Write<T>(Func<IDbTransaction, T> write) => _store.Write(write, takeWriteTurn: false);
}
