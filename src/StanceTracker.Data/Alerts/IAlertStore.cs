namespace StanceTracker.Data.Alerts;

/// <summary>
/// Follows and their deliveries. A delivery is claimed before it is sent and is unique per follow and shift, so two
/// dispatch runs at once (the dashboard's and <c>alerts send</c>) never send the same shift twice.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores a follow whose parts were checked (<see cref="AlertFollows.Add"/>).</summary>
    /// <exception cref="FollowExistsException">The owner follows the same target through the same address already.</exception>
    Follow Add(FollowRequest request, DateTimeOffset createdAt);

    /// <summary>The follows of <paramref name="owner"/>, or everyone's when null, oldest first.</summary>
    IReadOnlyList<Follow> Follows(string? owner = null);

    /// <summary>The follows as <see cref="Follows"/> gives them, with how their deliveries went.</summary>
    IReadOnlyList<FollowSummary> Summaries(string? owner = null);

    /// <summary>Deletes a follow and its deliveries; with an <paramref name="owner"/>, only theirs. False when there is no such follow.</summary>
    bool Remove(long followId, string? owner = null);

    /// <summary>Every delivery of a follow.</summary>
    IReadOnlyList<Delivery> Deliveries(long followId);

    /// <summary>Claims a shift never claimed for the follow; false when another run has it already.</summary>
    bool ClaimNew(long followId, string shiftKey, DateTimeOffset now);

    /// <summary>Claims a delivery again if it is still as <paramref name="seen"/> (failed, or a stale claim); false when another run took it.</summary>
    bool ClaimAgain(Delivery seen, DateTimeOffset now);

    /// <summary>Records what became of claimed deliveries, in one transaction.</summary>
    void Record(long followId, IReadOnlyList<DeliveryResult> results, DateTimeOffset now);

    /// <summary>The earliest publication day of the articles stored after <paramref name="after"/>; null when none was.</summary>
    DateOnly? EarliestPublishedIngestedAfter(DateTimeOffset after);

    /// <summary>When the article of each statement was stored; unknown statements are left out.</summary>
    IReadOnlyDictionary<long, DateTimeOffset> IngestedAt(IReadOnlyCollection<long> statementIds);
}
