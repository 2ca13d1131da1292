using System.Globalization;
using MimeKit;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Alerts;

/// <summary>The rules of alerts, in one place: which shifts a follow gets, how a shift is named, when a failure is tried again.</summary>
public static class AlertRules
{
    /// <summary>The owner of follows made without sign-in: the one local analyst (CLI, single-user dashboard).</summary>
    public const string LocalOwner = "local";

    /// <summary>A delivery that failed this many times is given up: a channel dead for a day and more is not knocked on forever.</summary>
    public const int MaxAttempts = 8;

    /// <summary>One message carries at most this many shifts; the rest follow in the next run (a message stays readable and bounded).</summary>
    public const int MaxShiftsPerMessage = 50;

    /// <summary>Longest email address (RFC 5321's path limit) and webhook URL accepted.</summary>
    public const int MaxAddressLength = 254;

    public const int MaxUrlLength = 2000;

    /// <summary>
    /// A claim older than this belongs to a run that died while sending (every send gives up long before): it may be
    /// claimed again. The price is that such a shift may arrive twice; without it, it would never arrive.
    /// </summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(15);

    /// <summary>Doubling waits after a failure, from two minutes up to two hours: 2, 4, 8 … minutes.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(120, 2 * Math.Pow(2, Math.Clamp(attempts - 1, 0, 10))));

    /// <summary>When to try a delivery again after its <paramref name="attempts"/>th attempt failed; null when it is given up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset failedAt) =>
        attempts >= MaxAttempts ? null : failedAt + Backoff(attempts);

    /// <summary>
    /// A country's shift has the country code as its subject; a leader's has their actor key, which is never a bare code
    /// (as on the "what changed" page).
    /// </summary>
    public static bool IsCountryShift(Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return string.Equals(shift.Subject, shift.After.Country, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="follow"/> is about <paramref name="shift"/>: a country follow gets the country's own
    /// position (as the matrix shows it, not each of its leaders'), an actor follow that actor's, a topic follow every
    /// shift on the topic.
    /// </summary>
    public static bool Matches(Follow follow, Shift shift)
    {
        ArgumentNullException.ThrowIfNull(follow);
        ArgumentNullException.ThrowIfNull(shift);
        return follow.Kind switch
        {
            FollowKind.Country => IsCountryShift(shift) && string.Equals(shift.Subject, follow.Target, StringComparison.Ordinal),
            FollowKind.Actor => !IsCountryShift(shift) && string.Equals(shift.Subject, follow.Target, StringComparison.Ordinal),
            FollowKind.Topic => string.Equals(shift.TopicId, follow.Target, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// A shift is new to a follow when the article carrying its "after" statement was stored after the follow was made:
    /// following never floods anyone with history, and an old article ingested later is news to the follower.
    /// </summary>
    public static bool IsNewFor(Follow follow, DateTimeOffset afterArticleIngestedAt)
    {
        ArgumentNullException.ThrowIfNull(follow);
        return afterArticleIngestedAt > follow.CreatedAt;
    }

    /// <summary>
    /// What identifies a shift across runs: who, on what, on which day, from what to what. Not the statement ids, which
    /// change when a more senior voice joins the same day; the same move on the same day is the same news.
    /// </summary>
    public static string ShiftKey(Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return string.Create(CultureInfo.InvariantCulture, $"{shift.Subject}|{shift.TopicId}|{IsoDate.Format(shift.Date)}|{shift.From.ToId()}>{shift.To.ToId()}");
    }

    /// <summary>Whether a delivery in this state should be claimed at <paramref name="now"/>.</summary>
    public static bool IsDue(Delivery? delivery, DateTimeOffset now) => delivery switch
    {
        null => true,
        { Status: DeliveryStatus.Failed, NextAttemptAt: { } next } => next <= now,
        { Status: DeliveryStatus.Sending } => delivery.ClaimedAt + StaleClaim <= now,
        _ => false,
    };

    /// <summary>Why <paramref name="address"/> cannot receive on <paramref name="channel"/>, or null when it can.</summary>
    public static string? CheckAddress(AlertChannel channel, string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return channel == AlertChannel.Email ? "the email address is empty" : "the webhook URL is empty";
        }
        return channel == AlertChannel.Email ? CheckEmail(address.Trim()) : CheckUrl(address.Trim());
    }

    private static string? CheckEmail(string address)
    {
        if (address.Length > MaxAddressLength)
        {
            return $"the email address is longer than {MaxAddressLength} characters";
        }
        // One plain address (no display name, no list): what MimeKit parses as a single mailbox with a domain.
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"')
            || !MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address != address
            || mailbox.Domain.Length == 0 || mailbox.LocalPart.Length == 0)
        {
            return $"'{Shown(address)}' is not an email address (expected name@example.org)";
        }
        return null;
    }

    private static string? CheckUrl(string address)
    {
        if (address.Length > MaxUrlLength)
        {
            return $"the webhook URL is longer than {MaxUrlLength} characters";
        }
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{Shown(address)}' is not an absolute http or https URL";
        }
        return uri.UserInfo.Length > 0 ? "the webhook URL may not carry a user name or password (they would be shown in lists)" : null;
    }

    /// <summary>Bad input quoted back, shortened and without control characters.</summary>
    internal static string Shown(string text)
    {
        var clean = new string(text.Where(c => !char.IsControl(c)).Take(80).ToArray());
        return text.Length > 80 ? clean + "…" : clean;
    }
}
