using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

public sealed class PostgresPositionDatesQuery(PostgresDatabase database) : IPositionDatesQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Per topic, MIN and MAX are one seek each on ix_position_days_topic_day rather than a scan of the table.
    private const string DatesSql = """
        SELECT MIN((SELECT MIN(d.day) FROM position_days d WHERE d.topic_id = t.id))::date AS Earliest,
               MAX((SELECT MAX(d.day) FROM position_days d WHERE d.topic_id = t.id))::date AS Latest
        FROM topics t
        """;

    public PositionDates Get()
    {
        using var connection = _database.OpenConnection();
        return connection.QuerySingle<PositionDatesRow>(DatesSql).ToDates();
    }
}
