using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Every position in the database, streamed in date order, for CSV and JSON export.</summary>
public sealed class SqliteExportQuery(SqliteDatabase database) : IExportQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string PositionsSql = """
        SELECT e.position_id AS PositionId, e.statement_id AS StatementId, e.day AS Date, e.country AS Country,
               s.speaker_name AS SpeakerName, e.actor_id AS ActorId, s.speaker_role AS Role, e.topic_id AS TopicId,
               e.stance AS Stance, e.model_stance AS ModelStance, e.confidence AS Confidence, e.reviewed AS Reviewed,
               p.needs_review AS NeedsReview, p.model_version AS ModelVersion, s.kind AS Kind, s.text AS Text,
               a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM effective_positions e
        JOIN positions p ON p.id = e.position_id
        JOIN statements s ON s.id = e.statement_id
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE (@TopicId IS NULL OR e.topic_id = @TopicId)
          AND (@Country IS NULL OR e.country = @Country)
        ORDER BY e.day, e.position_id
        """;

    /// <summary>Streams rows; the connection stays open while the caller enumerates.</summary>
    public IEnumerable<ExportRow> Positions(string? topicId = null, string? country = null)
    {
        using var connection = _database.OpenConnection();
        // The wire copies' reports come through a second connection: the first is busy streaming the positions.
        using var reports = _database.OpenConnection();
        var rows = connection.Query<ExportRow>(PositionsSql, new { TopicId = topicId, Country = country }, buffered: false);
        foreach (var row in ExportRow.WithReach(rows, ids => SqliteStatementReports.Further(reports, null, ids)))
        {
            yield return row;
        }
    }
}
