using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Positions;
using Npgsql;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Shifts of actors and countries across all topics, newest first, from PostgreSQL.</summary>
public sealed class PostgresShiftQuery(PostgresDatabase database) : IShiftQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // A shift on or after the date needs a day on or after it: only the actor-topic and country-topic histories with
    // such a day are read (each in full, since a shift compares with what came before), not the whole archive. The
    // rule needs only the per-day table; the words and sources of the few statements the shifts quote come after.
    internal const string DaysSql = """
        SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day::date AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
               d.actor_id AS ActorId, d.country AS Country, d.seniority AS Rank, d.stance AS Stance, d.model_stance AS ModelStance,
               d.confidence AS Confidence, d.reviewed AS Reviewed, d.agreeing AS Agreeing
        FROM position_days d
        WHERE (@TopicId::text IS NULL OR d.topic_id = @TopicId)
          AND (@Since::text IS NULL
               OR (d.actor_key, d.topic_id) IN (SELECT r.actor_key, r.topic_id FROM position_days r WHERE r.day >= @Since)
               OR (d.country, d.topic_id) IN (SELECT r.country, r.topic_id FROM position_days r WHERE r.day >= @Since AND r.country IS NOT NULL))
        ORDER BY d.actor_key, d.topic_id, d.day
        """;

    private const string QuotesSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.StatementId = ANY(@StatementIds)
        """;


    private const string StoredSql = """
        SELECT s.subject_kind AS SubjectKind, s.subject AS Subject, s.topic_id AS TopicId,
               s.before_position_id AS BeforePositionId, s.after_position_id AS AfterPositionId
        FROM shifts s
        WHERE (@Since::text IS NULL OR s.day >= @Since)
          AND (@TopicId::text IS NULL OR s.topic_id = @TopicId)
          AND (@Countries OR s.subject_kind = 'actor')
        """;

    private const string EvidenceOfPositionsSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.PositionId = ANY(@PositionIds)
        """;

    public IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null)
    {
        rules ??= PositionRules.Default;
        using var connection = _database.OpenConnection();
        // One snapshot for the days and the quotes read after them.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var terms = new OfficeTermIndex(PostgresActorStore.TermsByActor(connection, transaction));
        if (rules == PositionRules.Default && StoredShifts.Current(connection, transaction))
        {
            var stored = connection.Query<StoredShiftRow>(StoredSql, new { Since = IsoDate.Format(since), TopicId = topicId, Countries = countries }, transaction).ToList();
            var byPosition = connection.Query<EvidenceRow>(EvidenceOfPositionsSql, new { PositionIds = ShiftAssembly.QuotedPositions(stored) }, transaction)
                .ToDictionary(r => r.PositionId, r => terms.Apply(r.ToEvidence()));
            transaction.Commit();
            return ShiftAssembly.FromStored(stored, byPosition);
        }
        return Compute(connection, transaction, terms, since, topicId, countries, rules);
    }

    /// <summary>The shift rule run over the histories with a day since the date: for rules other than the stored ones.</summary>
    internal IReadOnlyList<Shift> Compute(DateOnly? since, string? topicId, bool countries, PositionRules rules)
    {
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var terms = new OfficeTermIndex(PostgresActorStore.TermsByActor(connection, transaction));
        return Compute(connection, transaction, terms, since, topicId, countries, rules);
    }

    private static IReadOnlyList<Shift> Compute(
        NpgsqlConnection connection, NpgsqlTransaction transaction, OfficeTermIndex terms, DateOnly? since, string? topicId, bool countries, PositionRules rules)
    {
        var evidence = connection.Query<EvidenceRow>(DaysSql, new { TopicId = topicId, Since = IsoDate.Format(since) }, transaction).Select(r => terms.Apply(r.ToEvidence())).ToList();
        var shifts = ShiftAssembly.Find(evidence, since, countries, rules);
        var quotes = connection.Query<EvidenceRow>(QuotesSql, new { StatementIds = ShiftAssembly.QuotedStatements(shifts) }, transaction);
        var quoted = ShiftAssembly.WithQuotes(shifts, quotes);
        transaction.Commit();
        return quoted;
    }
}
