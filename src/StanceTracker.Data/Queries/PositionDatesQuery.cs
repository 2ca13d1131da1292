using Dapper;

namespace StanceTracker.Data.Queries;

/// <summary>The first and last day any stored position was taken on; both null for a database without positions.</summary>
public sealed record PositionDates(DateOnly? Earliest, DateOnly? Latest);

/// <summary>Where the stored positions begin and end, so that views open on the data rather than on today.</summary>
public sealed class PositionDatesQuery(StanceDatabase database)
{
    private readonly StanceDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

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
        var row = connection.QuerySingle<DatesRow>(DatesSql);
        return new PositionDates(row.Earliest, row.Latest);
    }

    private sealed class DatesRow
    {
        public DateOnly? Earliest { get; init; }
        public DateOnly? Latest { get; init; }
    }
}
