using Dapper;
using System.Data;
using StanceTracker.Core.Positions;
using StanceTracker.Core;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Keeps <c>position_days</c> and <c>actor_topics</c> in step with positions and reviews, inside the caller's
/// transaction, for every engine (the SQL is portable). The day's position is chosen in C# by <see cref="PositionPrecedence"/>, the order
/// <see cref="PositionCalculator"/> uses; SQL reads the day's candidates and stores the choice.
/// </summary>
internal static class PositionDays
{
    internal readonly record struct Key(string ActorKey, string TopicId, string Day);

    internal sealed class Candidate
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

    internal const string CandidateColumns = """
        e.position_id AS PositionId, e.statement_id AS StatementId, e.actor_key AS ActorKey, e.topic_id AS TopicId, e.day AS Day,
        e.actor_id AS ActorId, e.country AS Country, e.seniority AS Seniority, e.stance AS Stance, e.model_stance AS ModelStance,
        e.confidence AS Confidence, e.reviewed AS Reviewed
        """;

    private const string CandidatesOfDaySql = $"""
        SELECT {CandidateColumns}
        FROM effective_positions e
        WHERE e.actor_key = @ActorKey AND e.topic_id = @TopicId AND e.day = @Day
        """;

    // The country comes back so the country history the day counted in is recomputed even when a review moved it.
    private const string DeleteSql = """
        DELETE FROM position_days WHERE actor_key = @ActorKey AND topic_id = @TopicId AND day = @Day
        RETURNING country
        """;

    internal const string InsertSql = """
        INSERT INTO position_days (actor_key, topic_id, day, position_id, statement_id, actor_id, country, seniority, stance, model_stance, confidence, reviewed, agreeing)
        VALUES (@ActorKey, @TopicId, @Day, @PositionId, @StatementId, @ActorId, @Country, @Seniority, @Stance, @ModelStance, @Confidence, @Reviewed, @Agreeing)
        """;

    internal const string RememberTopicSql = """
        INSERT INTO actor_topics (actor_key, topic_id) VALUES (@ActorKey, @TopicId) ON CONFLICT DO NOTHING
        """;

    /// <summary>Recomputes the keys' days, then the stored shifts of the histories they belong to.</summary>
    public static void Refresh(IDbConnection connection, IDbTransaction transaction, IEnumerable<Key> keys)
    {
        var distinct = keys.Distinct().ToList();
        var countries = new List<(string Country, string TopicId)>();
        foreach (var key in distinct)
        {
            countries.AddRange(connection.Query<string?>(DeleteSql, key, transaction).OfType<string>().Select(c => (c, key.TopicId)));
            if (Choose(connection.Query<Candidate>(CandidatesOfDaySql, key, transaction).ToList()) is { } day)
            {
                connection.Execute(InsertSql, day, transaction);
                connection.Execute(RememberTopicSql, key, transaction);
                if (day.Country is { } country)
                {
                    countries.Add((country, key.TopicId));
                }
            }
        }
        StoredShifts.Refresh(connection, transaction, distinct, countries);
    }

    /// <summary>The day's position, counting how many of the day's positions share its stance; null for no candidates.</summary>
    internal static Candidate? Choose(IReadOnlyCollection<Candidate> candidates)
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
    public static List<Key> KeysOfStatement(IDbConnection connection, IDbTransaction transaction, long statementId) =>
        connection.Query<Key>(KeysOfStatementSql, new { StatementId = statementId }, transaction).ToList();
}
