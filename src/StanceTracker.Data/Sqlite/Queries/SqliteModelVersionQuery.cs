using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

public sealed class SqliteModelVersionQuery(SqliteDatabase database) : IModelVersionQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string VersionsSql = """
        SELECT p.model_version AS Version, COUNT(*) AS Positions
        FROM positions p
        GROUP BY p.model_version
        ORDER BY Positions DESC, Version
        """;

    public IReadOnlyList<ModelVersionCount> Get()
    {
        using var connection = _database.OpenConnection();
        return connection.Query<ModelVersionCount>(VersionsSql).ToList();
    }
}
