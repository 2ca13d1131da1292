using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The engine-neutral half of every engine's shift query: the shift rule over the per-day evidence the engine read.</summary>
internal static class ShiftAssembly
{
    /// <summary>The statements a list of shifts quotes (before and after): the only ones whose words and source are read.</summary>
    public static long[] QuotedStatements(IEnumerable<Shift> shifts) =>
        shifts.SelectMany(s => new[] { s.Before.StatementId, s.After.StatementId }).Distinct().ToArray();

    /// <summary>
    /// The shifts with their before and after evidence completed from <paramref name="details"/> (rows of the same
    /// statements carrying the speaker's name, office and role, the words and the article), read after the rule ran
    /// on the narrow per-day rows.
    /// </summary>
    public static IReadOnlyList<Shift> WithQuotes(IReadOnlyList<Shift> shifts, IEnumerable<EvidenceRow> details)
    {
        var byStatement = details.GroupBy(d => d.StatementId).ToDictionary(g => g.Key, g => g.First());
        PositionEvidence Complete(PositionEvidence e) => byStatement.TryGetValue(e.StatementId, out var d)
            ? e with { SpeakerName = d.SpeakerName, Office = d.Office, Role = d.Role, Text = d.Text, ArticleTitle = d.ArticleTitle, Url = d.Url }
            : e;
        return shifts.Select(s => s with { Before = Complete(s.Before), After = Complete(s.After) }).ToList();
    }

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
