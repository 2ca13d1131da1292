using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The engine-neutral half of every engine's shift query: the shift rule over the per-day evidence the engine read.</summary>
internal static class ShiftAssembly
{
    /// <param name="evidence">Every actor's days, office terms applied.</param>
    public static IReadOnlyList<Shift> Find(IReadOnlyList<PositionEvidence> evidence, DateOnly? since, bool countries, PositionRules rules)
    {
        var shifts = evidence
            .GroupBy(e => (e.ActorKey, e.TopicId))
            .SelectMany(g => ShiftDetector.Detect(g.Key.ActorKey, g.Key.TopicId, g, rules))
            .ToList();
        if (countries)
        {
            shifts.AddRange(evidence
                .Where(e => e.Country is not null)
                .GroupBy(e => (Country: e.Country!, e.TopicId))
                .SelectMany(g => ShiftDetector.Detect(g.Key.Country, g.Key.TopicId,
                    CountryTimeline.Steps(g.Key.Country, g.Key.TopicId, g.ToList(), rules).Select(s => s.Evidence), rules)));
        }
        return shifts
            .Where(s => since is null || s.Date >= since)
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList();
    }
}
