using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Positions;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Shifts of actors and countries across all topics, newest first.</summary>
public sealed class SqliteShiftQuery(SqliteDatabase database) : IShiftQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // A shift on or after the date needs a day on or after it: only the actor-topic and country-topic histories with
    // such a day are read (each in full, since a shift compares with what came before), not the whole archive. The
    // rule needs only the per-day table; the words and sources of the few statements the shifts quote come after.
    private const string DaysSql = """
        SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
               d.actor_id AS ActorId, d.country AS Country, d.seniority AS Rank, d.stance AS Stance, d.model_stance AS ModelStance,
               d.confidence AS Confidence, d.reviewed AS Reviewed, d.agreeing AS Agreeing
        FROM position_days d
        WHERE (@TopicId IS NULL OR d.topic_id = @TopicId)
          AND (@Since IS NULL
               OR (d.actor_key, d.topic_id) IN (SELECT r.actor_key, r.topic_id FROM position_days r WHERE r.day >= @Since)
               OR (d.country, d.topic_id) IN (SELECT r.country, r.topic_id FROM position_days r WHERE r.day >= @Since AND r.country IS NOT NULL))
        ORDER BY d.actor_key, d.topic_id, d.day
        """;

    private const string QuotesSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.StatementId IN (SELECT value FROM json_each(@StatementIds))
        """;

    private const string StoredSql = """
        SELECT s.subject_kind AS SubjectKind, s.subject AS Subject, s.topic_id AS TopicId,
               s.before_position_id AS BeforePositionId, s.after_position_id AS AfterPositionId
        FROM shifts s
        WHERE (@Since IS NULL OR s.day >= @Since)
          AND (@TopicId IS NULL OR s.topic_id = @TopicId)
          AND (@Countries OR s.subject_kind = 'actor')
        """;

    private const string EvidenceOfPositionsSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.PositionId IN (SELECT value FROM json_each(@PositionIds))
        """;

    /// <summary>Actor shifts (and, with <paramref name="countries"/>, country shifts) dated on or after <paramref name="since"/>.</summary>
    public IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null)
    {
        rules ??= PositionRules.Default;
        using var connection = _database.OpenConnection();
        // One snapshot for the days and the quotes read after them.
        using var transaction = connection.BeginTransaction(deferred: true);
        var terms = new OfficeTermIndex(SqliteActorStore.TermsByActor(connection, transaction));
        if (rules == PositionRules.Default && StoredShifts.Current(connection, transaction))
        {
            var stored = connection.Query<StoredShiftRow>(StoredSql, new { Since = IsoDate.Format(since), TopicId = topicId, Countries = countries }, transaction).ToList();
            var positions = System.Text.Json.JsonSerializer.Serialize(ShiftAssembly.QuotedPositions(stored));
            var byPosition = connection.Query<EvidenceRow>(EvidenceOfPositionsSql, new { PositionIds = positions }, transaction)
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
        using var transaction = connection.BeginTransaction(deferred: true);
        var terms = new OfficeTermIndex(SqliteActorStore.TermsByActor(connection, transaction));
        return Compute(connection, transaction, terms, since, topicId, countries, rules);
    }

    private static IReadOnlyList<Shift> Compute(
        SqliteConnection connection, SqliteTransaction transaction, OfficeTermIndex terms, DateOnly? since, string? topicId, bool countries, PositionRules rules)
    {
        var evidence = connection.Query<EvidenceRow>(DaysSql, new { TopicId = topicId, Since = IsoDate.Format(since) }, transaction).Select(r => terms.Apply(r.ToEvidence())).ToList();
        var shifts = ShiftAssembly.Find(evidence, since, countries, rules);
        var quotes = connection.Query<EvidenceRow>(QuotesSql, new { StatementIds = System.Text.Json.JsonSerializer.Serialize(ShiftAssembly.QuotedStatements(shifts)) }, transaction);
        var quoted = ShiftAssembly.WithQuotes(shifts, quotes);
        transaction.Commit();
        return quoted;
    }
}
