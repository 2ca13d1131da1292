using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

public sealed class SqlitePositionDatesQuery(SqliteDatabase database) : IPositionDatesQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Per topic, MIN and MAX are one seek each on ix_position_days_topic_day: a plain MIN(day) over position_days would
    // read every row, which at a million statements costs more than the matrix itself.
    private const string DatesSql = """
        SELECT MIN((SELECT MIN(d.day) FROM position_days d WHERE d.topic_id = t.id)) AS Earliest,
               MAX((SELECT MAX(d.day) FROM position_days d WHERE d.topic_id = t.id)) AS Latest
        FROM topics t
        """;

    public PositionDates Get()
    {
        using var connection = _database.OpenConnection();
        return connection.QuerySingle<PositionDatesRow>(DatesSql).ToDates();
    }
}
