using Dapper;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Keeps <c>position_days</c> and <c>actor_topics</c> in step with positions and reviews, inside the caller's
/// transaction: the row for an (actor, topic, day) is recomputed from scratch, so saving and reviewing share one rule.
/// </summary>
internal static class PositionDays
{
    internal readonly record struct Key(string ActorKey, string TopicId, string Day);

    private const string DeleteSql = """
        DELETE FROM position_days WHERE actor_key = @ActorKey AND topic_id = @TopicId AND day = @Day
        """;

    // The day's position: reviewed beats unreviewed, then confidence, then the later position (a stable tie-break);
    // agreeing counts the day's statements that share its stance.
    private const string InsertBestSql = """
        INSERT INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed, agreeing)
        SELECT e.actor_key, e.topic_id, e.day, e.position_id, e.statement_id, e.actor_id, e.country, e.seniority, e.stance, e.model_stance, e.confidence, e.reviewed,
               (SELECT COUNT(*) FROM effective_positions x
                WHERE x.actor_key = e.actor_key AND x.topic_id = e.topic_id AND x.day = e.day AND x.stance = e.stance)
        FROM effective_positions e
        WHERE e.actor_key = @ActorKey AND e.day = @Day AND e.topic_id = @TopicId
        ORDER BY CASE WHEN e.reviewed THEN 1.0 ELSE e.confidence END DESC, e.position_id DESC
        LIMIT 1
        """;

    private const string RememberTopicSql = """
        INSERT OR IGNORE INTO actor_topics (actor_key, topic_id)
        SELECT actor_key, topic_id FROM position_days WHERE actor_key = @ActorKey AND topic_id = @TopicId AND day = @Day
        """;

    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Key> keys)
    {
        foreach (var key in keys.Distinct())
        {
            connection.Execute(DeleteSql, key, transaction);
            connection.Execute(InsertBestSql, key, transaction);
            connection.Execute(RememberTopicSql, key, transaction);
        }
    }

    // Both the model's topic and the reviewed one, under the model's and the reviewed speaker's key: a topic correction
    // moves the position between keys.
    private const string KeysOfPositionSql = """
        SELECT p.actor_key AS ActorKey, p.topic_id AS TopicId, p.published_date AS Day FROM positions p WHERE p.id = @PositionId
        UNION
        SELECT e.actor_key, e.topic_id, e.day FROM effective_positions e WHERE e.position_id = @PositionId
        UNION
        SELECT p.actor_key, r.old_value, p.published_date FROM reviews r JOIN positions p ON p.id = r.position_id
        WHERE r.position_id = @PositionId AND r.field = 'topic' AND r.old_value IS NOT NULL
        UNION
        SELECT e.actor_key, r.old_value, e.day FROM reviews r JOIN effective_positions e ON e.position_id = r.position_id
        WHERE r.position_id = @PositionId AND r.field = 'topic' AND r.old_value IS NOT NULL
        """;

    private const string KeysOfStatementSql = """
        SELECT e.actor_key AS ActorKey, e.topic_id AS TopicId, e.day AS Day FROM effective_positions e WHERE e.statement_id = @StatementId
        """;

    /// <summary>The keys the statement's positions count under now, reviews applied.</summary>
    public static List<Key> KeysOfStatement(SqliteConnection connection, SqliteTransaction transaction, long statementId) =>
        connection.Query<Key>(KeysOfStatementSql, new { StatementId = statementId }, transaction).ToList();

    public static void RefreshPosition(SqliteConnection connection, SqliteTransaction transaction, long positionId) =>
        Refresh(connection, transaction, connection.Query<Key>(KeysOfPositionSql, new { PositionId = positionId }, transaction).ToList());

    private const string RebuildSql = """
        DELETE FROM position_days;
        DELETE FROM actor_topics;
        INSERT INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed, agreeing)
        SELECT actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed, agreeing
        FROM (
          SELECT e.*, ROW_NUMBER() OVER (
                   PARTITION BY e.actor_key, e.topic_id, e.day
                   ORDER BY CASE WHEN e.reviewed THEN 1.0 ELSE e.confidence END DESC, e.position_id DESC) AS rank,
                 COUNT(*) OVER (PARTITION BY e.actor_key, e.topic_id, e.day, e.stance) AS agreeing
          FROM effective_positions e)
        WHERE rank = 1;
        INSERT OR IGNORE INTO actor_topics (actor_key, topic_id) SELECT DISTINCT actor_key, topic_id FROM position_days;
        """;

    /// <summary>Recomputes both tables from all positions in one set-based pass: after bulk loads, or to repair.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction) =>
        connection.Execute(RebuildSql, transaction: transaction, commandTimeout: 0);
}
