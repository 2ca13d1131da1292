using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

public sealed class PostgresStatsQuery(PostgresDatabase database) : IStatsQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Exact counts: the dashboard's data page shows them, and at a million statements COUNT(*) still answers in well
    // under a second. The size is the whole database's on disk, indexes included, like the SQLite file's.
    private const string StatsSql = """
        SELECT (SELECT COUNT(*) FROM articles) AS Articles,
               (SELECT COUNT(*) FROM sources) AS Sources,
               (SELECT COUNT(*) FROM statements) AS Statements,
               (SELECT COUNT(*) FROM positions) AS Positions,
               (SELECT COUNT(*) FROM actors) AS Actors,
               (SELECT COUNT(*) FROM topics) AS Topics,
               (SELECT COUNT(*) FROM reviews) AS Reviews,
               (SELECT MIN(published_date) FROM articles)::date AS Earliest,
               (SELECT MAX(published_date) FROM articles)::date AS Latest,
               (SELECT MAX(version) FROM schema_migrations) AS SchemaVersion,
               pg_database_size(current_database()) AS StoredBytes
        """;

    public DatabaseStats Get()
    {
        using var connection = _database.OpenConnection();
        var row = connection.QuerySingle<StatsRow>(StatsSql);
        return new DatabaseStats(row.Articles, row.Sources, row.Statements, row.Positions, row.Actors, row.Topics, row.Reviews,
            row.Earliest, row.Latest, row.SchemaVersion, row.StoredBytes);
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
        public long StoredBytes { get; init; }
    }
}
