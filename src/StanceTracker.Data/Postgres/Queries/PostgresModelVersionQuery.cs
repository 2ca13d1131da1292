using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

public sealed class PostgresModelVersionQuery(PostgresDatabase database) : IModelVersionQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<ModelVersionCount> Get()
    {
        using var connection = _database.OpenConnection();
        return ModelVersions.Read(connection);
    }
}
