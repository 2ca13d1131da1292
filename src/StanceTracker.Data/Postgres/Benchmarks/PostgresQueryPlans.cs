using Dapper;
using Npgsql;
using StanceTracker.Core;

namespace StanceTracker.Data.Postgres.Benchmarks;

/// <summary>
/// The plans PostgreSQL runs the hot queries with (EXPLAIN ANALYZE, the queries' own SQL and real parameters), so a
/// benchmark can show which indexes serve them at a given size rather than assert it.
/// </summary>
public static class PostgresQueryPlans
{
    /// <summary>Each query's name and its plan with timings and buffers, on <paramref name="database"/> as it stands.</summary>
    public static IReadOnlyList<(string Query, string Plan)> Explain(PostgresDatabase database, DateOnly asOf, string topicId, string actorKey, string country)
    {
        ArgumentNullException.ThrowIfNull(database);
        var statementsPage = new
        {
            Match = (string?)null, From = (string?)null, To = (string?)null, ArticleId = (long?)null, TopicId = (string?)null, Stance = (string?)null,
            Country = (string?)null, Actor = (string?)null, MinConfidence = (double?)null, MaxConfidence = (double?)null, NeedsReview = (bool?)null,
            Limit = 50, Offset = 0L,
        };
        (string Name, string Sql, object Parameters)[] queries =
        [
            ("matrix (latest day per actor and topic)", PostgresMatrixQuery.LatestPositionsSql, new { AsOf = IsoDate.Format(asOf) }),
            ("actor timeline", PostgresTimelineQuery.ActorDaysSql, new { ActorKey = actorKey, TopicId = topicId }),
            ("country timeline", PostgresTimelineQuery.CountryDaysSql, new { Country = country, TopicId = topicId }),
            ("shifts in the last 30 days", PostgresShiftQuery.DaysSql, new { TopicId = (string?)null, Since = IsoDate.Format(asOf.AddDays(-30)) }),
            ("statements, first page", PostgresStatementListQuery.ByDateDescendingSql, statementsPage),
            ("statements, count of a word search", PostgresStatementListQuery.CountSql, statementsPage with { Match = "statement actor" }),
            ("statements on a topic, first page", PostgresStatementListQuery.ByDateDescendingSql, statementsPage with { TopicId = topicId }),
        ];
        using var connection = database.OpenConnection();
        return queries.Select(q => (q.Name, Plan(connection, q.Sql, q.Parameters))).ToList();
    }

    // No timeout: at a million statements a plan may take longer to run than a query should, which is what it shows.
    private static string Plan(NpgsqlConnection connection, string sql, object parameters) =>
        string.Join('\n', connection.Query<string>("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql.TrimEnd().TrimEnd(';'), parameters, commandTimeout: 0));
}
