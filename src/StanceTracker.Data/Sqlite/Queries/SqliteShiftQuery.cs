using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Shifts of actors and countries across all topics, newest first.</summary>
public sealed class SqliteShiftQuery(SqliteDatabase database) : IShiftQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // A shift on or after the date needs a day on or after it: only the actor-topic and country-topic histories with
    // such a day are read (each in full, since a shift compares with what came before), not the whole archive.
    private const string DaysSql = """
        SELECT e.* FROM position_evidence e
        WHERE (@TopicId IS NULL OR e.TopicId = @TopicId)
          AND (@Since IS NULL
               OR (e.ActorKey, e.TopicId) IN (SELECT r.actor_key, r.topic_id FROM position_days r WHERE r.day >= @Since)
               OR (e.Country, e.TopicId) IN (SELECT r.country, r.topic_id FROM position_days r WHERE r.day >= @Since AND r.country IS NOT NULL))
        ORDER BY e.ActorKey, e.TopicId, e.Day
        """;

    /// <summary>Actor shifts (and, with <paramref name="countries"/>, country shifts) dated on or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null)
    {
        rules ??= PositionRules.Default;
        using var connection = _database.OpenConnection();
        var terms = new OfficeTermIndex(SqliteActorStore.TermsByActor(connection));
        var evidence = connection.Query<EvidenceRow>(DaysSql, new { TopicId = topicId, Since = IsoDate.Format(since) }).Select(r => terms.Apply(r.ToEvidence())).ToList();

        return ShiftAssembly.Find(evidence, since, countries, rules);
    }
}
