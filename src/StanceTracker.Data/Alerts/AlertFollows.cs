using StanceTracker.Core.Attribution;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Alerts;

/// <summary>
/// Adding, listing and removing follows, for the CLI and the page alike: a follow's target is checked against the
/// catalogue and the topics, its address against its channel, before anything is stored.
/// </summary>
public sealed class AlertFollows(IAlertStore store, ICatalogueQuery catalogue, ITopicStore topics, CountryDirectory countries, TimeProvider time)
{
    /// <summary>Longest owner name (user names are shorter; "local" for the single analyst).</summary>
    public const int MaxOwnerLength = 100;

    /// <exception cref="FollowRefusedException">A part is not acceptable; the message names it.</exception>
    /// <exception cref="FollowExistsException">The same follow exists already.</exception>
    public Follow Add(FollowRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Owner) || request.Owner.Length > MaxOwnerLength)
        {
            throw new FollowRefusedException("a follow needs its owner's name");
        }
        var target = Target(request.Kind, request.Target);
        if (AlertRules.CheckAddress(request.Channel, request.Address) is { } badAddress)
        {
            throw new FollowRefusedException(badAddress);
        }
        return store.Add(request with { Owner = request.Owner.Trim(), Target = target, Address = request.Address.Trim() }, time.GetUtcNow());
    }

    /// <summary>The target as stored (country codes in upper case), or the refusal naming what is unknown.</summary>
    private string Target(FollowKind kind, string? text)
    {
        var target = text?.Trim() ?? "";
        if (target.Length is 0 or > 200)
        {
            throw new FollowRefusedException($"the {kind.ToId()} to follow is missing");
        }
        switch (kind)
        {
            case FollowKind.Country:
                var code = target.ToUpperInvariant();
                return countries.Find(code) is not null || catalogue.Countries().Contains(code, StringComparer.Ordinal)
                    ? code
                    : throw new FollowRefusedException($"country '{AlertRules.Shown(target)}' is not in the catalogue (expected a code such as POL)");
            case FollowKind.Actor:
                return catalogue.Actor(target) is not null
                    ? target
                    : throw new FollowRefusedException($"actor '{AlertRules.Shown(target)}' is not in the catalogue ('stancetracker actors' and the leaders page show the ids)");
            case FollowKind.Topic:
                return topics.All().Any(t => t.Id == target)
                    ? target
                    : throw new FollowRefusedException($"topic '{AlertRules.Shown(target)}' is not one of the topics ({string.Join(", ", topics.All().Select(t => t.Id))})");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>A target's name for people: the country's, the actor's, the topic's label; the id itself when unknown.</summary>
    public string TargetName(FollowKind kind, string target) => kind switch
    {
        FollowKind.Country => countries.Name(target),
        FollowKind.Actor => catalogue.Actor(target)?.Name ?? target,
        FollowKind.Topic => topics.All().FirstOrDefault(t => t.Id == target)?.Label ?? target,
        _ => target,
    };

    /// <param name="owner">Null for everyone's.</param>
    public IReadOnlyList<FollowSummary> List(string? owner) => store.Summaries(owner);

    /// <param name="owner">Null removes anyone's (the CLI, run by whoever holds the database); otherwise only theirs.</param>
    public bool Remove(long followId, string? owner) => store.Remove(followId, owner);
}
