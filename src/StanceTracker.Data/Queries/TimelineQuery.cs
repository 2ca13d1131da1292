using Dapper;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>One step of a timeline: the position that stood from <see cref="Date"/> on, and why.</summary>
public sealed record TimelineStep(DateOnly Date, PositionEvidence Evidence, CountryRule? Rule = null, bool Disagreement = false);

/// <summary>Positions of one actor or one country on one topic over time, with the shifts between them.</summary>
public sealed record Timeline(string Subject, string SubjectName, string TopicId, IReadOnlyList<TimelineStep> Steps, IReadOnlyList<Shift> Shifts);

/// <summary>Actor and country timelines, read from the per-day position table.</summary>
public sealed class TimelineQuery(StanceDatabase database)
{
    private readonly StanceDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The primary key (actor_key, topic_id, day) serves this directly.
    private const string ActorDaysSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.ActorKey = @ActorKey AND e.TopicId = @TopicId
        ORDER BY e.Day
        """;

    /// <summary>Every day the actor took a position on the topic, and the shifts between them.</summary>
    public Timeline ForActor(string actorKey, string topicId, PositionRules? rules = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        using var connection = _database.OpenConnection();
        var evidence = connection.Query<EvidenceRow>(ActorDaysSql, new { ActorKey = actorKey, TopicId = topicId }).Select(r => r.ToEvidence()).ToList();
        var name = evidence.LastOrDefault()?.SpeakerName ?? actorKey;
        return new Timeline(actorKey, name, topicId,
            evidence.Select(e => new TimelineStep(e.Date, e)).ToList(),
            ShiftDetector.Detect(actorKey, topicId, evidence, rules));
    }

    private const string CountryDaysSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.Country = @Country AND e.TopicId = @TopicId
        ORDER BY e.Day
        """;

    /// <summary>
    /// The country's position at every date one of its speakers spoke (by the seniority rule over the window),
    /// collapsed to the dates it changed hands or stance, and the shifts of the country's stance.
    /// </summary>
    public Timeline ForCountry(string country, string topicId, PositionRules? rules = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        rules ??= PositionRules.Default;
        using var connection = _database.OpenConnection();
        var terms = OfficeTermIndex.Load(connection);
        var evidence = connection.Query<EvidenceRow>(CountryDaysSql, new { Country = country, TopicId = topicId }).Select(r => terms.Apply(r.ToEvidence())).ToList();
        var steps = CountrySteps(country, topicId, evidence, rules);
        return new Timeline(country, country, topicId, steps, ShiftDetector.Detect(country, topicId, steps.Select(s => s.Evidence), rules));
    }

    // One sweep over the days: each actor's standing position is updated as their statements arrive, so every day
    // costs only the handful of speakers a country has, not a rescan of all earlier evidence. The days an office
    // passed to someone else are swept too, since the country's position can change hands on them without a word said.
    internal static List<TimelineStep> CountrySteps(string country, string topicId, IReadOnlyList<PositionEvidence> evidence, PositionRules rules)
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

    private const string FindActorSql = """
        SELECT a.id FROM actors a WHERE a.id = @Name OR a.name = @Name COLLATE NOCASE
        UNION
        SELECT l.actor_id FROM actor_aliases l WHERE l.alias = @Name COLLATE NOCASE
        """;

    private const string FindSpeakerKeySql = """
        SELECT DISTINCT p.effective_actor_key FROM positions p JOIN statements s ON s.id = p.statement_id
        LEFT JOIN speaker_corrections sc ON sc.statement_id = s.id
        WHERE COALESCE(sc.speaker_name, s.speaker_name) = @Name COLLATE NOCASE
        """;

    /// <summary>
    /// The actor key for a name as an analyst types it: a catalogue id, name or alias, else a speaker name as stored.
    /// Null when nothing matches; several keys when the name is ambiguous.
    /// </summary>
    public IReadOnlyList<string> FindActorKeys(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        using var connection = _database.OpenConnection();
        var ids = connection.Query<string>(FindActorSql, new { Name = name.Trim() }).ToList();
        return ids.Count > 0 ? ids : connection.Query<string>(FindSpeakerKeySql, new { Name = name.Trim() }).ToList();
    }
}
