namespace StanceTracker.Data.Alerts;

/// <summary>What a follow watches: one country's position, one actor's, or every shift on one topic.</summary>
public enum FollowKind
{
    Country,
    Actor,
    Topic,
}

/// <summary>How a follow's shifts reach its owner.</summary>
public enum AlertChannel
{
    Email,
    Webhook,
}

/// <summary>Where a delivery of one shift to one follow stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Claimed by a dispatch run that is sending it now (or died doing so: see <see cref="AlertRules.StaleClaim"/>).</summary>
    Sending,
    Delivered,

    /// <summary>The last attempt failed; the next is due at the delivery's next attempt time.</summary>
    Failed,

    /// <summary>Failed <see cref="AlertRules.MaxAttempts"/> times: not tried again.</summary>
    GivenUp,
}

/// <summary>A follow as stored: who follows what, through which channel, since when.</summary>
/// <param name="Owner">The signed-in user's name in team mode; <see cref="AlertRules.LocalOwner"/> for the single local analyst.</param>
/// <param name="Target">A country code, an actor id or a topic id, by <paramref name="Kind"/>.</param>
/// <param name="Address">An email address or an absolute http(s) URL, by <paramref name="Channel"/>.</param>
public sealed record Follow(long Id, string Owner, FollowKind Kind, string Target, AlertChannel Channel, string Address, DateTimeOffset CreatedAt);

/// <summary>A follow to add; <see cref="AlertFollows.Add"/> checks every part before anything is stored.</summary>
public sealed record FollowRequest(string Owner, FollowKind Kind, string Target, AlertChannel Channel, string Address);

/// <summary>One shift's delivery to one follow.</summary>
public sealed record Delivery(
    long FollowId, string ShiftKey, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset ClaimedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);

/// <summary>A follow with how its deliveries went, for the follow lists of the page and the CLI.</summary>
public sealed record FollowSummary(Follow Follow, int Delivered, int Failing, Delivery? Last);

/// <summary>What became of one claimed delivery: delivered, or failed with the error and when to try again (null: given up).</summary>
public sealed record DeliveryResult(string ShiftKey, int Attempts, string? Error, DateTimeOffset? NextAttemptAt)
{
    public DeliveryStatus Status => Error is null ? DeliveryStatus.Delivered : NextAttemptAt is null ? DeliveryStatus.GivenUp : DeliveryStatus.Failed;
}

/// <summary>The follow exists already: the same owner, target, channel and address.</summary>
public sealed class FollowExistsException(string message) : Exception(message);

/// <summary>A follow refused before anything was stored, with a sentence naming the input and the problem.</summary>
public sealed class FollowRefusedException(string message) : Exception(message);

/// <summary>The names the store, the CLI and the page use for the enums.</summary>
public static class AlertIds
{
    public static string ToId(this FollowKind kind) => kind switch
    {
        FollowKind.Country => "country",
        FollowKind.Actor => "actor",
        FollowKind.Topic => "topic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToId(this AlertChannel channel) => channel switch
    {
        AlertChannel.Email => "email",
        AlertChannel.Webhook => "webhook",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string ToId(this DeliveryStatus status) => status switch
    {
        DeliveryStatus.Sending => "sending",
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed",
        DeliveryStatus.GivenUp => "given-up",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static FollowKind ParseKind(string text) =>
        Enum.GetValues<FollowKind>().FirstOrDefault(k => k.ToId() == text, (FollowKind)(-1)) is var kind && Enum.IsDefined(kind)
            ? kind : throw new System.Data.DataException($"unknown follow kind '{text}'");

    public static AlertChannel ParseChannel(string text) =>
        Enum.GetValues<AlertChannel>().FirstOrDefault(c => c.ToId() == text, (AlertChannel)(-1)) is var channel && Enum.IsDefined(channel)
            ? channel : throw new System.Data.DataException($"unknown alert channel '{text}'");

    public static DeliveryStatus ParseStatus(string text) =>
        Enum.GetValues<DeliveryStatus>().FirstOrDefault(s => s.ToId() == text, (DeliveryStatus)(-1)) is var status && Enum.IsDefined(status)
            ? status : throw new System.Data.DataException($"unknown delivery status '{text}'");
}
