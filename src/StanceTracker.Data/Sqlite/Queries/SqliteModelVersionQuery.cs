using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

public sealed class SqliteModelVersionQuery(SqliteDatabase database) : IModelVersionQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<ModelVersionCount> Get()
    {
        using var connection = _database.OpenConnection();
        return ModelVersions.Read(connection);
    }
}
