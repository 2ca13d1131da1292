using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Recomputes the per-day tables of a SQLite file in one pass, with the day rule of <see cref="PositionDays"/>.</summary>
internal static class PositionDaysRebuild
{
    private const string ClearSql = """
        DELETE FROM position_days;
        DELETE FROM actor_topics;
        """;

    // In key order from the index, so each day's candidates arrive together and memory holds one day at a time.
    private const string AllCandidatesSql = $"""
        SELECT {PositionDays.CandidateColumns}
        FROM effective_positions e
        ORDER BY e.actor_key, e.topic_id, e.day
        """;

    /// <summary>Recomputes both tables from all positions in one pass: after bulk loads, migrations, or to repair.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute(ClearSql, transaction: transaction);
        // Prepared once and re-bound per day: a million days through Dapper would parse the SQL a million times.
        using var insert = new PreparedCommand(connection, transaction, PositionDays.InsertSql, InsertParameters);
        using var remember = new PreparedCommand(connection, transaction, PositionDays.RememberTopicSql, "@ActorKey", "@TopicId");
        var day = new List<PositionDays.Candidate>();
        foreach (var candidate in connection.Query<PositionDays.Candidate>(AllCandidatesSql, transaction: transaction, buffered: false, commandTimeout: 0))
        {
            if (day.Count > 0 && day[0].Key != candidate.Key)
            {
                Store(insert, remember, PositionDays.Choose(day)!);
                day.Clear();
            }
            day.Add(candidate);
        }
        if (day.Count > 0)
        {
            Store(insert, remember, PositionDays.Choose(day)!);
        }
    }

    private static readonly string[] InsertParameters =
        ["@ActorKey", "@TopicId", "@Day", "@PositionId", "@StatementId", "@ActorId", "@Country", "@Seniority", "@Stance", "@ModelStance", "@Confidence", "@Reviewed", "@Agreeing"];

    private static void Store(PreparedCommand insert, PreparedCommand remember, PositionDays.Candidate day)
    {
        // In the order of InsertParameters.
        insert.Run(day.ActorKey, day.TopicId, day.Day, day.PositionId, day.StatementId, day.ActorId, day.Country, day.Seniority,
            day.Stance, day.ModelStance, day.Confidence, day.Reviewed, day.Agreeing);
        remember.Run(day.ActorKey, day.TopicId);
    }
}
