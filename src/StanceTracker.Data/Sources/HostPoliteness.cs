using System.Text;

namespace StanceTracker.Data.Sources;

/// <summary>
/// What the poller owes each host: its robots.txt, fetched once and kept for <see cref="SourcePollerOptions.RobotsLifetime"/>,
/// and a pause of <see cref="SourcePollerOptions.PoliteDelay"/> between two requests to it. Waits run on the injected
/// clock, so tests need not sleep.
/// </summary>
internal sealed class HostPoliteness(FeedHttp http, SourcePollerOptions options, TimeProvider time)
{
    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset FetchedAt)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateTimeOffset> _lastRequest = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until this host may be asked again, then counts the request as made now.</summary>
    public async Task WaitTurnAsync(Uri address, CancellationToken cancellationToken)
    {
        var host = HostOf(address);
        if (_lastRequest.TryGetValue(host, out var last) && last + options.PoliteDelay - time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        _lastRequest[host] = time.GetUtcNow();
    }

    /// <summary>
    /// Why robots.txt does not let us fetch <paramref name="address"/>, or null when it does. A missing robots.txt (4xx)
    /// allows everything; one that cannot be read (5xx, no answer) allows nothing until it can (RFC 9309), and is asked
    /// for again at the next request.
    /// </summary>
    public async Task<string?> RefusalAsync(Uri address, CancellationToken cancellationToken)
    {
        var host = HostOf(address);
        if (!_robots.TryGetValue(host, out var cached) || time.GetUtcNow() - cached.FetchedAt > options.RobotsLifetime)
        {
            var robots = new Uri(address, "/robots.txt");
            await WaitTurnAsync(robots, cancellationToken).ConfigureAwait(false);
            var answer = await http.GetAsync(robots, "text/plain", null, null, cancellationToken).ConfigureAwait(false);
            if (Rules(answer) is not { } rules)
            {
                return $"{robots} could not be read ({answer.Error}); nothing is fetched from {address.Authority} until it can be";
            }
            cached = (rules, time.GetUtcNow());
            _robots[host] = cached;
        }
        return cached.Rules.Allows(address.PathAndQuery) ? null : $"{host}/robots.txt disallows {address.AbsolutePath}";
    }

    private RobotsRules? Rules(FetchResult answer)
    {
        if (answer.Body is { } body)
        {
            // Read as far as RFC 9309's minimum; a longer file's rules past it are not seen.
            return RobotsRules.Parse(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, options.MaxRobotsBytes)));
        }
        var status = (int?)answer.Status;
        return status is >= 400 and < 500 ? RobotsRules.AllowAll : null;
    }

    private static string HostOf(Uri address) => address.GetLeftPart(UriPartial.Authority);
}
