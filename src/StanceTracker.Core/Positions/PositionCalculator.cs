namespace StanceTracker.Core.Positions;

/// <summary>
/// As-of positions. An actor's position is their latest statement inside the window (the most confident one when
/// several fall on the latest day). A country's position comes from its actors: the most senior office holder's
/// latest position wins (someone who has since handed that office on ranks below every sitting official), and
/// disagreement inside the government is flagged. No evidence means no position, which is
/// not the same as <c>neutral</c>.
/// </summary>
public static class PositionCalculator
{
    /// <summary>The actor's position on the topic as of <paramref name="asOf"/>, or null when they said nothing in the window.</summary>
    public static ActorPosition? ActorAsOf(IEnumerable<PositionEvidence> evidence, DateOnly asOf, PositionRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        rules ??= PositionRules.Default;
        var from = asOf.AddDays(-rules.WindowDays);
        PositionEvidence? best = null;
        foreach (var e in evidence)
        {
            if (e.Date > asOf || e.Date < from)
            {
                continue;
            }
            if (best is null || IsBetter(e, best))
            {
                best = e;
            }
        }
        return best is null ? null : new ActorPosition(best.ActorKey, best.TopicId, asOf, best);
    }

    /// <summary>Every actor's position on every topic as of the date: evidence may mix actors and topics.</summary>
    public static IReadOnlyList<ActorPosition> ActorsAsOf(IEnumerable<PositionEvidence> evidence, DateOnly asOf, PositionRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence
            .GroupBy(e => (e.ActorKey, e.TopicId))
            .Select(g => ActorAsOf(g, asOf, rules))
            .OfType<ActorPosition>()
            .ToList();
    }

    /// <summary>The country's position on the topic from its actors' positions (all for that country and topic).</summary>
    public static CountryPosition? CountryAsOf(string country, string topicId, IReadOnlyCollection<ActorPosition> actorPositions)
    {
        ArgumentNullException.ThrowIfNull(actorPositions);
        if (actorPositions.Count == 0)
        {
            return null;
        }
        var ordered = actorPositions
            .OrderBy(p => p.Evidence.SeniorityOn(p.AsOf))
            .ThenByDescending(p => p.Evidence.Date)
            .ThenByDescending(p => p.Evidence.EffectiveConfidence)
            .ThenBy(p => p.Evidence.StatementId)
            .ToList();
        var winner = ordered[0];
        var rule = ordered.Count == 1
            ? CountryRule.SoleSpeaker
            : ordered[1].Evidence.SeniorityOn(ordered[1].AsOf) == winner.Evidence.SeniorityOn(winner.AsOf) ? CountryRule.LatestAmongEquals : CountryRule.MostSenior;
        return new CountryPosition(country, topicId, winner.AsOf, winner, rule, ordered.Skip(1).ToList());
    }

    /// <summary>Country positions for every (country, topic) the actor positions cover; actors without a country are left out.</summary>
    public static IReadOnlyList<CountryPosition> CountriesAsOf(IEnumerable<ActorPosition> actorPositions)
    {
        ArgumentNullException.ThrowIfNull(actorPositions);
        return actorPositions
            .Where(p => !string.IsNullOrEmpty(p.Evidence.Country))
            .GroupBy(p => (Country: p.Evidence.Country!, p.TopicId))
            .Select(g => CountryAsOf(g.Key.Country, g.Key.TopicId, g.ToList()))
            .OfType<CountryPosition>()
            .ToList();
    }

    /// <summary>Later beats earlier; on the same day, a reviewed or more confident position beats a less certain one (see <see cref="PositionPrecedence"/>).</summary>
    public static bool IsBetter(PositionEvidence candidate, PositionEvidence current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        return candidate.Precedence > current.Precedence;
    }
}
