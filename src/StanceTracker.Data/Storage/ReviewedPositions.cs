using Dapper;
using System.Data;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Reviews;
using StanceTracker.Core;

namespace StanceTracker.Data.Storage;

/// <summary>
/// Stores what <see cref="ReviewRules"/> decides for a statement's positions: the effective_* columns of positions and
/// the statement's row in speaker_corrections. SQL only reads the facts and writes the result; the rule is Core's.
/// </summary>
internal static class ReviewedPositions
{
    private sealed record PositionRow(long PositionId, string TopicId, Stance Stance, string SpeakerName, string? ActorId, string? Country);

    private const string PositionsSql = """
        SELECT p.id AS PositionId, p.topic_id AS TopicId, p.stance AS Stance, s.speaker_name AS SpeakerName,
               p.actor_id AS ActorId, p.country AS Country
        FROM positions p JOIN statements s ON s.id = p.statement_id
        WHERE p.statement_id = @StatementId
        ORDER BY p.id
        """;

    private sealed record ReviewRow(long Id, long? PositionId, string Field, string? NewValue, string ReviewedAt);

    private const string ReviewsSql = """
        SELECT id AS Id, position_id AS PositionId, field AS Field, new_value AS NewValue, reviewed_at AS ReviewedAt
        FROM reviews WHERE statement_id = @StatementId
        """;

    private const string StatementCountrySql = """
        SELECT speaker_country FROM statements WHERE id = @StatementId
        """;

    private const string ActorSql = """
        SELECT id AS Id, name AS Name, country AS Country FROM actors WHERE id = @Id
        """;

    private const string UpdatePositionSql = """
        UPDATE positions
        SET effective_topic_id = @TopicId, effective_stance = @Stance, reviewed = @Reviewed,
            effective_actor_key = @ActorKey, effective_actor_id = @ActorId, effective_country = @Country
        WHERE id = @PositionId
        """;

    private const string DeleteCorrectionSql = """
        DELETE FROM speaker_corrections WHERE statement_id = @StatementId
        """;

    private const string InsertCorrectionSql = """
        INSERT INTO speaker_corrections (statement_id, speaker_name, actor_id, country, actor_key)
        VALUES (@StatementId, @SpeakerName, @ActorId, @Country, @ActorKey)
        """;

    /// <summary>Applies the statement's reviews to its positions and stores the result.</summary>
    public static void Apply(IDbConnection connection, IDbTransaction transaction, long statementId)
    {
        var parameters = new { StatementId = statementId };
        var reviews = connection.Query<ReviewRow>(ReviewsSql, parameters, transaction).Select(ToEntry).ToList();
        var country = connection.ExecuteScalar<string?>(StatementCountrySql, parameters, transaction);
        var positions = connection.Query<PositionRow>(PositionsSql, parameters, transaction)
            .Select(p => new ModelPosition(p.PositionId, p.TopicId, p.Stance, new Attribution(p.SpeakerName, p.ActorId, p.Country)))
            .ToList();
        CatalogueEntry? FindActor(string id) => connection.QuerySingleOrDefault<CatalogueEntry>(ActorSql, new { Id = id }, transaction);

        // One application of the rules, so the catalogue is asked about a corrected speaker once.
        var statement = ReviewRules.Apply(positions, reviews, country, FindActor);
        foreach (var reviewed in statement.Positions)
        {
            connection.Execute(UpdatePositionSql, new
            {
                reviewed.PositionId,
                reviewed.TopicId,
                Stance = reviewed.Stance.ToId(),
                reviewed.Reviewed,
                reviewed.Speaker.ActorKey,
                reviewed.Speaker.ActorId,
                reviewed.Speaker.Country,
            }, transaction);
        }
        connection.Execute(DeleteCorrectionSql, parameters, transaction);
        if (statement.CorrectedSpeaker is { } speaker)
        {
            connection.Execute(InsertCorrectionSql, new { StatementId = statementId, speaker.SpeakerName, speaker.ActorId, speaker.Country, speaker.ActorKey }, transaction);
        }
    }

    private const string ReviewedStatementsSql = """
        SELECT DISTINCT statement_id FROM reviews ORDER BY statement_id
        """;

    /// <summary>Applies the reviews of every reviewed statement again: after the migration that introduced stored reviews.</summary>
    public static void ApplyAll(IDbConnection connection, IDbTransaction transaction)
    {
        foreach (var statementId in connection.Query<long>(ReviewedStatementsSql, transaction: transaction).ToList())
        {
            Apply(connection, transaction, statementId);
        }
    }

    private const string SpeakerCorrectedStatementsSql = """
        SELECT DISTINCT statement_id FROM reviews WHERE field = 'speaker' ORDER BY statement_id
        """;

    public static IReadOnlyList<long> SpeakerCorrectedStatements(IDbConnection connection, IDbTransaction transaction) =>
        connection.Query<long>(SpeakerCorrectedStatementsSql, transaction: transaction).ToList();

    private static ReviewEntry ToEntry(ReviewRow row) => new(row.Id, row.PositionId, ParseField(row.Field), row.NewValue, IsoDate.ParseTime(row.ReviewedAt));

    /// <summary>The stored name of a review field.</summary>
    public static string FieldId(ReviewField field) => field switch
    {
        ReviewField.Speaker => "speaker",
        ReviewField.Topic => "topic",
        ReviewField.Stance => "stance",
        ReviewField.Accept => "accept",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static ReviewField ParseField(string text) => text switch
    {
        "speaker" => ReviewField.Speaker,
        "topic" => ReviewField.Topic,
        "stance" => ReviewField.Stance,
        "accept" => ReviewField.Accept,
        _ => throw new InvalidOperationException($"Unknown review field '{text}' in the database."),
    };
}
