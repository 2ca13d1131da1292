using Dapper;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>Shifts of actors and countries across all topics, newest first, from PostgreSQL.</summary>
public sealed class PostgresShiftQuery(PostgresDatabase database) : IShiftQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string DaysSql = """
        SELECT e.* FROM position_evidence e
        WHERE (@TopicId::text IS NULL OR e.TopicId = @TopicId)
        ORDER BY e.ActorKey, e.TopicId, e.Day
        """;

    public IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null)
    {
        using var connection = _database.OpenConnection();
        var terms = new OfficeTermIndex(PostgresActorStore.TermsByActor(connection));
        var evidence = connection.Query<EvidenceRow>(DaysSql, new { TopicId = topicId }).Select(r => terms.Apply(r.ToEvidence())).ToList();
        return ShiftAssembly.Find(evidence, since, countries, rules ?? PositionRules.Default);
    }
}
