using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>A country's position over time, from its speakers' evidence by the seniority rule: shared by every store's timeline and shift queries.</summary>
public static class CountryTimeline
{
    // One sweep over the days: each actor's standing position is updated as their statements arrive, so every day
    // costs only the handful of speakers a country has, not a rescan of all earlier evidence. The days an office
    // passed to someone else are swept too, since the country's position can change hands on them without a word said.
    public static List<TimelineStep> Steps(string country, string topicId, IReadOnlyList<PositionEvidence> evidence, PositionRules rules)
    {
        var steps = new List<TimelineStep>();
        var standing = new Dictionary<string, PositionEvidence>(StringComparer.Ordinal);
        var byDay = evidence.GroupBy(e => e.Date).ToDictionary(g => g.Key, g => g.ToList());
        var days = byDay.Keys.Concat(evidence.Select(e => e.OfficeUntil).OfType<DateOnly>()).Distinct().Order();
        foreach (var day in days)
        {
            foreach (var e in byDay.GetValueOrDefault(day, []))
            {
                if (!standing.TryGetValue(e.ActorKey, out var held) || PositionCalculator.IsBetter(e, held))
                {
                    standing[e.ActorKey] = e;
                }
            }
            var from = day.AddDays(-rules.WindowDays);
            var current = standing.Values
                .Where(e => e.Date >= from)
                .Select(e => new ActorPosition(e.ActorKey, topicId, day, e))
                .ToList();
            if (PositionCalculator.CountryAsOf(country, topicId, current) is not { } position)
            {
                continue;
            }
            var previous = steps.Count > 0 ? steps[^1] : null;
            if (previous is null || previous.Evidence.StatementId != position.Winner.Evidence.StatementId || previous.Disagreement != position.Disagreement)
            {
                steps.Add(new TimelineStep(day, position.Winner.Evidence, position.Rule, position.Disagreement));
            }
        }
        return steps;
    }
}
