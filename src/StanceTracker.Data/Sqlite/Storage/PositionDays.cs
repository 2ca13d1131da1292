using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Core.Positions;
using StanceTracker.Core;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// Keeps <c>position_days</c> and <c>actor_topics</c> in step with positions and reviews, inside the caller's
/// transaction. The day's position is chosen in C# by <see cref="PositionPrecedence"/>, the order
/// <see cref="PositionCalculator"/> uses; SQL reads the day's candidates and stores the choice.
/// </summary>
internal static class PositionDays
{
    internal readonly record struct Key(string ActorKey, string TopicId, string Day);

    private sealed class Candidate
    {
        public long PositionId { get; init; }
        public long StatementId { get; init; }
        public string ActorKey { get; init; } = "";
        public string TopicId { get; init; } = "";
        public string Day { get; init; } = "";
        public string? ActorId { get; init; }
        public string? Country { get; init; }
        public int Seniority { get; init; }
        public string Stance { get; init; } = "";
        public string ModelStance { get; init; } = "";
        public double Confidence { get; init; }
        public bool Reviewed { get; init; }
        public int Agreeing { get; set; }

        public Key Key => new(ActorKey, TopicId, Day);

        public PositionPrecedence Precedence => new(IsoDate.Parse(Day), Reviewed, Confidence, StatementId, PositionId);
    }

    private const string CandidateColumns = """
        e.position_id AS PositionId, e.statement_id AS StatementId, e.actor_key AS ActorKey, e.topic_id AS TopicId, e.day AS Day,
        e.actor_id AS ActorId, e.country AS Country, e.seniority AS Seniority, e.stance AS Stance, e.model_stance AS ModelStance,
        e.confidence AS Confidence, e.reviewed AS Reviewed
        """;

    private const string CandidatesOfDaySql = $"""
        SELECT {CandidateColumns}
        FROM effective_positions e
        WHERE e.actor_key = @ActorKey AND e.topic_id = @TopicId AND e.day = @Day
        """;

    private const string DeleteSql = """
        DELETE FROM position_days WHERE actor_key = @ActorKey AND topic_id = @TopicId AND day = @Day
        """;

    private const string InsertSql = """
        INSERT INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed, agreeing)
        VALUES (@ActorKey, @TopicId, @Day, @PositionId, @StatementId, @ActorId, @Country, @Seniority, @Stance, @ModelStance, @Confidence, @Reviewed, @Agreeing)
        """;

    private const string RememberTopicSql = """
        INSERT OR IGNORE INTO actor_topics (actor_key, topic_id) VALUES (@ActorKey, @TopicId)
        """;

    public static void Refresh(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Key> keys)
    {
        foreach (var key in keys.Distinct())
        {
            connection.Execute(DeleteSql, key, transaction);
            if (Choose(connection.Query<Candidate>(CandidatesOfDaySql, key, transaction).ToList()) is { } day)
            {
                connection.Execute(InsertSql, day, transaction);
                connection.Execute(RememberTopicSql, key, transaction);
            }
        }
    }

    /// <summary>The day's position, counting how many of the day's positions share its stance; null for no candidates.</summary>
    private static Candidate? Choose(IReadOnlyCollection<Candidate> candidates)
    {
        Candidate? best = null;
        foreach (var candidate in candidates)
        {
            if (best is null || candidate.Precedence > best.Precedence)
            {
                best = candidate;
            }
        }
        if (best is not null)
        {
            best.Agreeing = candidates.Count(c => c.Stance == best.Stance);
        }
        return best;
    }

    private const string KeysOfStatementSql = """
        SELECT e.actor_key AS ActorKey, e.topic_id AS TopicId, e.day AS Day FROM effective_positions e WHERE e.statement_id = @StatementId
        """;

    /// <summary>The keys the statement's positions count under now, reviews applied.</summary>
    public static List<Key> KeysOfStatement(SqliteConnection connection, SqliteTransaction transaction, long statementId) =>
        connection.Query<Key>(KeysOfStatementSql, new { StatementId = statementId }, transaction).ToList();

    private const string ClearSql = """
        DELETE FROM position_days;
        DELETE FROM actor_topics;
        """;

    // In key order from the index, so each day's candidates arrive together and memory holds one day at a time.
    private const string AllCandidatesSql = $"""
        SELECT {CandidateColumns}
        FROM effective_positions e
        ORDER BY e.actor_key, e.topic_id, e.day
        """;

    /// <summary>Recomputes both tables from all positions in one pass: after bulk loads, migrations, or to repair.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute(ClearSql, transaction: transaction);
        // Prepared once and re-bound per day: a million days through Dapper would parse the SQL a million times.
        using var insert = new PreparedCommand(connection, transaction, InsertSql, InsertParameters);
        using var remember = new PreparedCommand(connection, transaction, RememberTopicSql, "@ActorKey", "@TopicId");
        var day = new List<Candidate>();
        foreach (var candidate in connection.Query<Candidate>(AllCandidatesSql, transaction: transaction, buffered: false, commandTimeout: 0))
        {
            if (day.Count > 0 && day[0].Key != candidate.Key)
            {
                Store(insert, remember, Choose(day)!);
                day.Clear();
            }
            day.Add(candidate);
        }
        if (day.Count > 0)
        {
            Store(insert, remember, Choose(day)!);
        }
    }

    private static readonly string[] InsertParameters =
        ["@ActorKey", "@TopicId", "@Day", "@PositionId", "@StatementId", "@ActorId", "@Country", "@Seniority", "@Stance", "@ModelStance", "@Confidence", "@Reviewed", "@Agreeing"];

    private static void Store(PreparedCommand insert, PreparedCommand remember, Candidate day)
    {
        // In the order of InsertParameters.
        insert.Run(day.ActorKey, day.TopicId, day.Day, day.PositionId, day.StatementId, day.ActorId, day.Country, day.Seniority,
            day.Stance, day.ModelStance, day.Confidence, day.Reviewed, day.Agreeing);
        remember.Run(day.ActorKey, day.TopicId);
    }
}
