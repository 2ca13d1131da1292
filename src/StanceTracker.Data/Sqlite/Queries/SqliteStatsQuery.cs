using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

public sealed class SqliteStatsQuery(SqliteDatabase database) : IStatsQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string StatsSql = """
        SELECT (SELECT COUNT(*) FROM articles) AS Articles,
               (SELECT COUNT(*) FROM sources) AS Sources,
               (SELECT COUNT(*) FROM statements) AS Statements,
               (SELECT COUNT(*) FROM positions) AS Positions,
               (SELECT COUNT(*) FROM actors) AS Actors,
               (SELECT COUNT(*) FROM topics) AS Topics,
               (SELECT COUNT(*) FROM reviews) AS Reviews,
               (SELECT MIN(published_date) FROM articles) AS Earliest,
               (SELECT MAX(published_date) FROM articles) AS Latest,
               (SELECT user_version FROM pragma_user_version) AS SchemaVersion
        """;

    public DatabaseStats Get()
    {
        using var connection = _database.OpenConnection();
        var row = connection.QuerySingle<StatsRow>(StatsSql);
        return new DatabaseStats(
            row.Articles,
            row.Sources,
            row.Statements,
            row.Positions,
            row.Actors,
            row.Topics,
            row.Reviews,
            row.Earliest,
            row.Latest,
            row.SchemaVersion,
            FileLength(_database.Path) + FileLength(_database.Path + "-wal"));
    }

    private static long FileLength(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.Length : 0;
    }

    private sealed class StatsRow
    {
        public long Articles { get; init; }
        public long Sources { get; init; }
        public long Statements { get; init; }
        public long Positions { get; init; }
        public long Actors { get; init; }
        public long Topics { get; init; }
        public long Reviews { get; init; }
        public DateOnly? Earliest { get; init; }
        public DateOnly? Latest { get; init; }
        public int SchemaVersion { get; init; }
    }
}
