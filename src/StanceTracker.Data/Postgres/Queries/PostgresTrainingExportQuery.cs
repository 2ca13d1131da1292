using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// Human-reviewed positions as labelled training data (see <see cref="TrainingTsv"/> for the file format).
/// </summary>
public sealed class PostgresTrainingExportQuery(PostgresDatabase database) : ITrainingExportQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<TrainingLine> Lines()
    {
        using var connection = _database.OpenConnection();
        return TrainingLabels.Read(connection);
    }
}
