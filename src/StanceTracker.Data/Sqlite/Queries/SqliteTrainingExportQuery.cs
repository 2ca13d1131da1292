using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// Human-reviewed positions as labelled training data (see <see cref="TrainingTsv"/> for the file format).
/// </summary>
public sealed class SqliteTrainingExportQuery(SqliteDatabase database) : ITrainingExportQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public IReadOnlyList<TrainingLine> Lines()
    {
        using var connection = _database.OpenConnection();
        return TrainingLabels.Read(connection);
    }
}
