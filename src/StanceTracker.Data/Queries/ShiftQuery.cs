using Dapper;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>Shifts of actors and countries across all topics, newest first.</summary>
public sealed class ShiftQuery(StanceDatabase database)
{
    private readonly StanceDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    private const string DaysSql = """
        SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId,
               d.actor_id AS ActorId, s.speaker_name AS SpeakerName, d.country AS Country, s.speaker_office AS Office,
               s.speaker_role AS Role, d.stance AS Stance, d.model_stance AS ModelStance, d.confidence AS Confidence,
               d.reviewed AS Reviewed, s.text AS Text, a.title AS ArticleTitle, a.url AS Url
        FROM position_days d
        JOIN statements s ON s.id = d.statement_id
        JOIN articles a ON a.id = s.article_id
        WHERE (@TopicId IS NULL OR d.topic_id = @TopicId)
        ORDER BY d.actor_key, d.topic_id, d.day
        """;

    /// <summary>Actor shifts (and, with <paramref name="countries"/>, country shifts) dated on or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null)
    {
        rules ??= PositionRules.Default;
        using var connection = database.OpenConnection();
        var evidence = connection.Query<EvidenceRow>(DaysSql, new { TopicId = topicId }).Select(r => r.ToEvidence()).ToList();

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
                    TimelineQuery.CountrySteps(g.Key.Country, g.Key.TopicId, g.ToList(), rules).Select(s => s.Evidence), rules)));
        }
        return shifts
            .Where(s => since is null || s.Date >= since)
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Subject, StringComparer.Ordinal)
            .ToList();
    }
}
