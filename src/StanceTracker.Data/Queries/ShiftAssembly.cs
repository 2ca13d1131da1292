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
                .SelectMany(g => CountryShifts(g.Key.Country, g.Key.TopicId, g.ToList(), rules)));
        }
        return NewestFirst(shifts.Where(s => since is null || s.Date >= since));
    }

    /// <summary>A country's shifts on a topic: those of its position as the seniority rule picks it day by day.</summary>
    /// <param name="evidence">The days of every speaker for the country on the topic, office terms applied.</param>
    public static IEnumerable<Shift> CountryShifts(string country, string topicId, IReadOnlyList<PositionEvidence> evidence, PositionRules rules) =>
        ShiftDetector.Detect(country, topicId, CountryTimeline.Steps(country, topicId, evidence, rules).Select(s => s.Evidence), rules);

    /// <summary>Newest first, then by subject and topic: one order whichever way the shifts were found.</summary>
    public static IReadOnlyList<Shift> NewestFirst(IEnumerable<Shift> shifts) => shifts
        .OrderByDescending(s => s.Date)
        .ThenBy(s => s.Subject, StringComparer.Ordinal)
        .ThenBy(s => s.TopicId, StringComparer.Ordinal)
        .ToList();

    /// <summary>The per-day rows stored shifts quote (before and after): the only ones read back.</summary>
    public static long[] QuotedPositions(IEnumerable<StoredShiftRow> shifts) =>
        shifts.SelectMany(s => new[] { s.BeforePositionId, s.AfterPositionId }).Distinct().ToArray();

    /// <summary>
    /// Stored shifts with their before and after read back from the per-day table (office terms applied), newest first.
    /// The table changes in the transaction that changes a day it quotes, so every row it names is there.
    /// </summary>
    public static IReadOnlyList<Shift> FromStored(IEnumerable<StoredShiftRow> rows, IReadOnlyDictionary<long, PositionEvidence> byPosition) =>
        NewestFirst(rows.Select(row =>
        {
            var before = byPosition[row.BeforePositionId];
            var after = byPosition[row.AfterPositionId];
            return new Shift(row.Subject, row.TopicId, Shift.Classify(before.Stance, after.Stance), before, after);
        }));
}

/// <summary>A row of the <c>shifts</c> table, as the engines' shift queries read it; aliases match these names.</summary>
internal sealed class StoredShiftRow
{
    public string SubjectKind { get; init; } = "";
    public string Subject { get; init; } = "";
    public string TopicId { get; init; } = "";
    public long BeforePositionId { get; init; }
    public long AfterPositionId { get; init; }
}
