using System.Globalization;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Alerts;

/// <summary>What one run did for one follow: how many shifts it sent in one message, or why not.</summary>
/// <param name="Error">Why the message failed; its shifts are tried again later (see <see cref="AlertRules.Backoff"/>).</param>
/// <param name="Skipped">Why the follow was not served this run (no SMTP server for an email follow).</param>
public sealed record FollowDispatch(Follow Follow, int Shifts, string? Error = null, string? Skipped = null)
{
    public bool Failed => Error is not null;
}

/// <summary>One dispatch run's outcome, follow by follow (those with nothing new are left out).</summary>
public sealed record DispatchReport(IReadOnlyList<FollowDispatch> Follows)
{
    public int Sent => Follows.Where(f => !f.Failed && f.Skipped is null).Sum(f => f.Shifts);

    public int Failed => Follows.Count(f => f.Failed);
}

/// <summary>
/// Sends each follow the shifts that are new to it (<see cref="AlertRules.IsNewFor"/>), once: each shift is claimed in
/// the store before it is sent and its outcome recorded after, several shifts of one follow go in one message, a
/// failure is tried again later with growing waits, and one failing channel never stops the others. Shifts come from
/// <see cref="IShiftQuery"/>, as the "what changed" page finds them.
/// </summary>
public sealed class AlertDispatcher(
    IAlertStore store, IShiftQuery shifts, IStatementSourceQuery sources, ITopicStore topics, CountryDirectory countries,
    IEnumerable<IAlertSender> senders, TimeProvider time)
{
    private readonly Dictionary<AlertChannel, IAlertSender> _senders = senders.ToDictionary(s => s.Channel);

    public async Task<DispatchReport> RunAsync(AlertSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var report = new List<FollowDispatch>();
        var follows = store.Follows();
        var served = new List<Follow>();
        foreach (var follow in follows)
        {
            if (follow.Channel == AlertChannel.Email && settings.Smtp is null)
            {
                report.Add(new FollowDispatch(follow, 0, Skipped: "no SMTP server is configured"));
            }
            else
            {
                served.Add(follow);
            }
        }
        if (served.Count == 0)
        {
            return new DispatchReport(report);
        }

        // Only articles stored after the oldest follow can carry a new shift; none stored, nothing to read. Shifts are
        // dated by publication, so the earliest such article bounds how far back the shift rule runs.
        var since = store.EarliestPublishedIngestedAfter(served.Min(f => f.CreatedAt));
        if (since is null)
        {
            return new DispatchReport(report);
        }
        var found = shifts.Find(since, topicId: null, countries: true);
        var ingested = store.IngestedAt([.. found.Select(s => s.After.StatementId)]);
        var labels = topics.All().ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);

        foreach (var follow in served)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fresh = found
                .Where(s => AlertRules.Matches(follow, s)
                    && ingested.TryGetValue(s.After.StatementId, out var at) && AlertRules.IsNewFor(follow, at))
                .ToList();
            if (fresh.Count > 0 && await DispatchAsync(follow, fresh, labels, settings, cancellationToken).ConfigureAwait(false) is { } outcome)
            {
                report.Add(outcome);
            }
        }
        return new DispatchReport(report);
    }

    private async Task<FollowDispatch?> DispatchAsync(
        Follow follow, List<Shift> fresh, Dictionary<string, string> labels, AlertSettings settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deliveries = store.Deliveries(follow.Id).ToDictionary(d => d.ShiftKey, StringComparer.Ordinal);
        var claimed = new List<(Shift Shift, string Key, int Attempts)>();
        // Oldest first, so a message reads in order and a backlog goes out in order over several runs.
        foreach (var shift in fresh.OrderBy(s => s.Date).ThenBy(s => s.Subject, StringComparer.Ordinal).DistinctBy(AlertRules.ShiftKey))
        {
            if (claimed.Count == AlertRules.MaxShiftsPerMessage)
            {
                break;
            }
            var key = AlertRules.ShiftKey(shift);
            var seen = deliveries.GetValueOrDefault(key);
            if (!AlertRules.IsDue(seen, now))
            {
                continue;
            }
            if (seen is null ? store.ClaimNew(follow.Id, key, now) : store.ClaimAgain(seen, now))
            {
                claimed.Add((shift, key, (seen?.Attempts ?? 0) + 1));
            }
        }
        if (claimed.Count == 0)
        {
            return null;
        }

        string? error = null;
        try
        {
            var message = Message(follow, [.. claimed.Select(c => (c.Shift, c.Key))], labels, settings.Dashboard);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.SendTimeout);
            await _senders[follow.Channel].SendAsync(message, settings, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"no answer within {settings.SendTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
        }
        catch (AlertSendException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else a channel throws fails this follow only; the message is kept short for the list.
            error = $"{e.GetType().Name}: {e.Message}";
        }
        var done = time.GetUtcNow();
        error = error is null ? null : AlertRules.Shown(error.Length > 500 ? error[..500] : error);
        store.Record(follow.Id, [.. claimed.Select(c => new DeliveryResult(c.Key, c.Attempts, error, error is null ? null : AlertRules.NextAttempt(c.Attempts, done)))], done);
        return new FollowDispatch(follow, claimed.Count, error);
    }

    private AlertMessage Message(Follow follow, IReadOnlyList<(Shift Shift, string Key)> items, Dictionary<string, string> labels, Uri dashboard)
    {
        var published = sources.ForStatements([.. items.SelectMany(i => new[] { i.Shift.Before.StatementId, i.Shift.After.StatementId })]);
        var alertItems = items.Select(i => new AlertItem(
                i.Shift,
                i.Key,
                AlertRules.IsCountryShift(i.Shift),
                AlertRules.IsCountryShift(i.Shift) ? countries.Name(i.Shift.Subject) : i.Shift.After.SpeakerName,
                labels.GetValueOrDefault(i.Shift.TopicId, i.Shift.TopicId),
                published.GetValueOrDefault(i.Shift.Before.StatementId),
                published.GetValueOrDefault(i.Shift.After.StatementId)))
            .ToList();
        var targetName = follow.Kind switch
        {
            FollowKind.Country => countries.Name(follow.Target),
            FollowKind.Topic => labels.GetValueOrDefault(follow.Target, follow.Target),
            _ => alertItems[0].SubjectName,
        };
        return new AlertMessage(follow, targetName, alertItems, ChangesPage(dashboard, follow, items.Min(i => i.Shift.Date)));
    }

    /// <summary>The dashboard's "what changed" page from the first shift's day, filtered to the follow's country or topic.</summary>
    public static Uri ChangesPage(Uri dashboard, Follow follow, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        ArgumentNullException.ThrowIfNull(follow);
        var filter = follow.Kind switch
        {
            FollowKind.Country => "&country=" + Uri.EscapeDataString(follow.Target),
            FollowKind.Topic => "&topic=" + Uri.EscapeDataString(follow.Target),
            _ => "",
        };
        var root = dashboard.AbsoluteUri.EndsWith('/') ? dashboard : new Uri(dashboard.AbsoluteUri + "/");
        return new Uri(root, $"changes?since={IsoDate.Format(since)}{filter}");
    }
}
