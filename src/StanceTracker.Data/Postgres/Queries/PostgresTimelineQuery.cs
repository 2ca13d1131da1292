using Dapper;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>Actor and country timelines, read from the per-day position table.</summary>
public sealed class PostgresTimelineQuery(PostgresDatabase database) : ITimelineQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The primary key (actor_key, topic_id, day) serves this directly.
    internal const string ActorDaysSql = """
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
        return TimelineAssembly.ForActor(actorKey, topicId, evidence, rules);
    }

    internal const string CountryDaysSql = """
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
        using var connection = _database.OpenConnection();
        var terms = new OfficeTermIndex(PostgresActorStore.TermsByActor(connection));
        var evidence = connection.Query<EvidenceRow>(CountryDaysSql, new { Country = country, TopicId = topicId }).Select(r => terms.Apply(r.ToEvidence())).ToList();
        return TimelineAssembly.ForCountry(country, topicId, evidence, rules);
    }

    private const string FindActorSql = """
        SELECT a.id FROM actors a WHERE a.id = @Name OR lower(a.name) = lower(@Name)
        UNION
        SELECT l.actor_id FROM actor_aliases l WHERE lower(l.alias) = lower(@Name)
        """;

    // A speaker as stored, or an uncatalogued speaker whose key starts with the name as the key rule lower-cases it
    // (PositionEvidence.KeyFor), whatever their country. starts_with, not a range: under a linguistic collation '|'
    // and '}' need not sort next to each other.
    private const string FindSpeakerKeySql = """
        SELECT p.effective_actor_key FROM positions p JOIN statements s ON s.id = p.statement_id
        LEFT JOIN speaker_corrections sc ON sc.statement_id = s.id
        WHERE lower(COALESCE(sc.speaker_name, s.speaker_name)) = lower(@Name)
        UNION
        SELECT p.effective_actor_key FROM positions p
        WHERE starts_with(p.effective_actor_key, @From)
        ORDER BY 1
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
        if (ids.Count > 0)
        {
            return ids;
        }
        var prefix = PositionEvidence.KeyFor(null, name, "");
        return connection.Query<string>(FindSpeakerKeySql, new { Name = name.Trim(), From = prefix }).ToList();
    }
}
