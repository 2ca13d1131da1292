using System.Data;
using System.Data.Common;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Alerts;

/// <summary>
/// Follows and deliveries over any engine (the SQL is portable: ON CONFLICT and RETURNING are spoken by both). An
/// engine's subclass only says how its unique-key violation looks, so that two processes adding the same follow at
/// once get the same refusal as one found taken. Alerts take no writers' turn: no per-day rule derives from them.
/// </summary>
public abstract class AlertStore : IAlertStore
{
    // A list of statement ids stays far below either engine's limit on bound parameters.
    private const int BatchSize = 500;

    private readonly IStoreTransactions _store;

    private protected AlertStore(IStoreTransactions store) => _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Whether <paramref name="e"/> is the engine refusing a second row with the same unique key.</summary>
    private protected abstract bool IsUniqueViolation(DbException e);

    /// <summary>
    /// <c>StatementId</c> and <c>IngestedAt</c> (its article's) of the statements whose ids are in <c>@Ids</c>, a list of
    /// ids: the engines take a list of values each their own way.
    /// </summary>
    private protected abstract string IngestedAtSql { get; }

    private const string FollowColumns = """
        f.id AS Id, f.owner AS Owner, f.kind AS Kind, f.target AS Target, f.channel AS Channel, f.address AS Address, f.created_at AS CreatedAt
        """;

    private const string FindFollowSql = $"""
        SELECT {FollowColumns} FROM alert_follows f
        WHERE f.owner = @Owner AND f.kind = @Kind AND f.target = @Target AND f.channel = @Channel AND f.address = @Address
        """;

    private const string InsertFollowSql = """
        INSERT INTO alert_follows (owner, kind, target, channel, address, created_at)
        VALUES (@Owner, @Kind, @Target, @Channel, @Address, @CreatedAt)
        RETURNING id
        """;

    public Follow Add(FollowRequest request, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        var row = new
        {
            request.Owner,
            Kind = request.Kind.ToId(),
            request.Target,
            Channel = request.Channel.ToId(),
            request.Address,
            CreatedAt = IsoDate.FormatUtc(createdAt),
        };
        try
        {
            var id = _store.Write(t =>
            {
                if (t.Connection!.QuerySingleOrDefault<FollowRow>(FindFollowSql, row, t) is { } existing)
                {
                    throw Taken(existing.Id);
                }
                return t.Connection!.ExecuteScalar<long>(InsertFollowSql, row, t);
            }, takeWriteTurn: false);
            return new Follow(id, request.Owner, request.Kind, request.Target, request.Channel, request.Address, createdAt.ToUniversalTime());
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            throw Taken(null);
        }
    }

    private static FollowExistsException Taken(long? id) =>
        new($"this follow exists already{(id is { } i ? $" (#{i})" : "")}: the same target through the same address");

    private const string FollowsSql = $"""
        SELECT {FollowColumns} FROM alert_follows f
        WHERE @Owner IS NULL OR f.owner = @Owner
        ORDER BY f.id
        """;

    public IReadOnlyList<Follow> Follows(string? owner = null)
    {
        using var connection = _store.OpenReader();
        return connection.Query<FollowRow>(FollowsSql, new { Owner = owner }).Select(r => r.ToFollow()).ToList();
    }

    private const string DeliveryColumns = """
        d.follow_id AS FollowId, d.shift_key AS ShiftKey, d.status AS Status, d.attempts AS Attempts, d.last_error AS LastError,
        d.claimed_at AS ClaimedAt, d.next_attempt_at AS NextAttemptAt, d.delivered_at AS DeliveredAt
        """;

    // The latest delivery of each follow is the one claimed last; ties (one batch) go to the highest id.
    private const string LatestDeliveriesSql = $"""
        SELECT {DeliveryColumns} FROM alert_deliveries d
        JOIN alert_follows f ON f.id = d.follow_id
        WHERE (@Owner IS NULL OR f.owner = @Owner)
          AND d.id = (SELECT l.id FROM alert_deliveries l WHERE l.follow_id = d.follow_id ORDER BY l.claimed_at DESC, l.id DESC LIMIT 1)
        """;

    private const string DeliveryCountsSql = """
        SELECT d.follow_id AS FollowId, d.status AS Status, COUNT(*) AS Count FROM alert_deliveries d
        JOIN alert_follows f ON f.id = d.follow_id
        WHERE @Owner IS NULL OR f.owner = @Owner
        GROUP BY d.follow_id, d.status
        """;

    public IReadOnlyList<FollowSummary> Summaries(string? owner = null)
    {
        using var connection = _store.OpenReader();
        var follows = connection.Query<FollowRow>(FollowsSql, new { Owner = owner }).Select(r => r.ToFollow()).ToList();
        var latest = connection.Query<DeliveryRow>(LatestDeliveriesSql, new { Owner = owner }).ToDictionary(r => r.FollowId, r => r.ToDelivery());
        var counts = connection.Query<(long FollowId, string Status, long Count)>(DeliveryCountsSql, new { Owner = owner })
            .ToLookup(c => c.FollowId);
        return follows.Select(f => new FollowSummary(
                f,
                (int)counts[f.Id].Where(c => c.Status == DeliveryStatus.Delivered.ToId()).Sum(c => c.Count),
                (int)counts[f.Id].Where(c => c.Status == DeliveryStatus.Failed.ToId() || c.Status == DeliveryStatus.GivenUp.ToId()).Sum(c => c.Count),
                latest.GetValueOrDefault(f.Id)))
            .ToList();
    }

    // Deliveries go first: SQLite applies ON DELETE CASCADE only where foreign keys are on, and this must not depend on it.
    private const string RemoveDeliveriesSql = """
        DELETE FROM alert_deliveries WHERE follow_id IN (SELECT f.id FROM alert_follows f WHERE f.id = @Id AND (@Owner IS NULL OR f.owner = @Owner))
        """;

    private const string RemoveFollowSql = """
        DELETE FROM alert_follows WHERE id = @Id AND (@Owner IS NULL OR owner = @Owner)
        """;

    public bool Remove(long followId, string? owner = null) => _store.Write(t =>
    {
        t.Connection!.Execute(RemoveDeliveriesSql, new { Id = followId, Owner = owner }, t);
        return t.Connection!.Execute(RemoveFollowSql, new { Id = followId, Owner = owner }, t) == 1;
    }, takeWriteTurn: false);

    private const string DeliveriesSql = $"""
        SELECT {DeliveryColumns} FROM alert_deliveries d WHERE d.follow_id = @FollowId ORDER BY d.id
        """;

    public IReadOnlyList<Delivery> Deliveries(long followId)
    {
        using var connection = _store.OpenReader();
        return connection.Query<DeliveryRow>(DeliveriesSql, new { FollowId = followId }).Select(r => r.ToDelivery()).ToList();
    }

    // The unique (follow_id, shift_key) decides between two runs: the second insert does nothing and claims nothing.
    // A follow removed meanwhile has no row to point at, and nothing is claimed either.
    private const string ClaimNewSql = """
        INSERT INTO alert_deliveries (follow_id, shift_key, status, attempts, claimed_at)
        SELECT f.id, @ShiftKey, 'sending', 1, @Now FROM alert_follows f WHERE f.id = @FollowId
        ON CONFLICT (follow_id, shift_key) DO NOTHING
        """;

    public bool ClaimNew(long followId, string shiftKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(shiftKey);
        return _store.Write(t => t.Connection!.Execute(ClaimNewSql, new { FollowId = followId, ShiftKey = shiftKey, Now = IsoDate.FormatUtc(now) }, t) == 1,
            takeWriteTurn: false);
    }

    // Taken only if the row is still as the caller saw it (status, attempts and claim time): of two runs, one wins.
    private const string ClaimAgainSql = """
        UPDATE alert_deliveries SET status = 'sending', attempts = attempts + 1, claimed_at = @Now
        WHERE follow_id = @FollowId AND shift_key = @ShiftKey AND status = @Status AND attempts = @Attempts AND claimed_at = @ClaimedAt
        """;

    public bool ClaimAgain(Delivery seen, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seen);
        return _store.Write(t => t.Connection!.Execute(ClaimAgainSql, new
        {
            seen.FollowId,
            seen.ShiftKey,
            Status = seen.Status.ToId(),
            seen.Attempts,
            ClaimedAt = IsoDate.FormatUtc(seen.ClaimedAt),
            Now = IsoDate.FormatUtc(now),
        }, t) == 1, takeWriteTurn: false);
    }

    private const string RecordSql = """
        UPDATE alert_deliveries SET status = @Status, attempts = @Attempts, last_error = @LastError,
               next_attempt_at = @NextAttemptAt, delivered_at = @DeliveredAt
        WHERE follow_id = @FollowId AND shift_key = @ShiftKey AND status = 'sending'
        """;

    public void Record(long followId, IReadOnlyList<DeliveryResult> results, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(results);
        _store.Write(t =>
        {
            foreach (var result in results)
            {
                t.Connection!.Execute(RecordSql, new
                {
                    FollowId = followId,
                    result.ShiftKey,
                    Status = result.Status.ToId(),
                    result.Attempts,
                    LastError = result.Error,
                    NextAttemptAt = result.NextAttemptAt is { } next ? IsoDate.FormatUtc(next) : null,
                    DeliveredAt = result.Error is null ? IsoDate.FormatUtc(now) : null,
                }, t);
            }
            return results.Count;
        }, takeWriteTurn: false);
    }

    // Stored times are UTC round-trip text, whose order is time order: the comparison C# asks for runs on the index.
    private const string EarliestPublishedSql = """
        SELECT MIN(a.published_date) FROM articles a WHERE a.ingested_at > @After
        """;

    public DateOnly? EarliestPublishedIngestedAfter(DateTimeOffset after)
    {
        using var connection = _store.OpenReader();
        return IsoDate.ParseOrNull(connection.ExecuteScalar<string?>(EarliestPublishedSql, new { After = IsoDate.FormatUtc(after) }));
    }

    /// <summary>The ids as the engine's <see cref="IngestedAtSql"/> takes them.</summary>
    private protected abstract object IdsParameter(long[] ids);

    public IReadOnlyDictionary<long, DateTimeOffset> IngestedAt(IReadOnlyCollection<long> statementIds)
    {
        ArgumentNullException.ThrowIfNull(statementIds);
        var found = new Dictionary<long, DateTimeOffset>();
        using var connection = _store.OpenReader();
        foreach (var batch in statementIds.Distinct().Chunk(BatchSize))
        {
            foreach (var (statementId, ingestedAt) in connection.Query<(long StatementId, string IngestedAt)>(IngestedAtSql, new { Ids = IdsParameter(batch) }))
            {
                found[statementId] = IsoDate.ParseTime(ingestedAt);
            }
        }
        return found;
    }

    internal sealed class FollowRow
    {
        public long Id { get; init; }
        public string Owner { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Target { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Address { get; init; } = "";
        public string CreatedAt { get; init; } = "";

        public Follow ToFollow() =>
            new(Id, Owner, AlertIds.ParseKind(Kind), Target, AlertIds.ParseChannel(Channel), Address, IsoDate.ParseTime(CreatedAt));
    }

    internal sealed class DeliveryRow
    {
        public long FollowId { get; init; }
        public string ShiftKey { get; init; } = "";
        public string Status { get; init; } = "";
        public long Attempts { get; init; }
        public string? LastError { get; init; }
        public string ClaimedAt { get; init; } = "";
        public string? NextAttemptAt { get; init; }
        public string? DeliveredAt { get; init; }

        public Delivery ToDelivery() => new(
            FollowId, ShiftKey, AlertIds.ParseStatus(Status), (int)Attempts, LastError, IsoDate.ParseTime(ClaimedAt),
            NextAttemptAt is null ? null : IsoDate.ParseTime(NextAttemptAt), DeliveredAt is null ? null : IsoDate.ParseTime(DeliveredAt));
    }
}
