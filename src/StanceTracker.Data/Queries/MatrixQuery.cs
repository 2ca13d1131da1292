using Dapper;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Queries;

public sealed class MatrixQuery(StanceDatabase database)
{
    private readonly StanceDatabase database = database ?? throw new ArgumentNullException(nameof(database));

    // Per (country, topic): the latest position in [From, AsOf]; on the same date the more confident one, then the
    // later stored one so the choice is stable. A stance review overrides the model's stance but not its confidence
    // or date. Positions without a country cannot be placed in the matrix and are left out.
    private const string CellsSql = """
        WITH effective AS (
          SELECT p.id, p.statement_id, p.topic_id, p.country, p.actor_id, p.published_date, p.confidence,
                 COALESCE((SELECT r.new_value FROM reviews r
                           WHERE r.position_id = p.id AND r.field = 'stance'
                           ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1), p.stance) AS stance
          FROM positions p
          WHERE p.country IS NOT NULL AND p.published_date >= @From AND p.published_date <= @AsOf
        ),
        ranked AS (
          SELECT e.*,
                 ROW_NUMBER() OVER (PARTITION BY e.country, e.topic_id
                                    ORDER BY e.published_date DESC, e.confidence DESC, e.id DESC) AS pick
          FROM effective e
        ),
        counts AS (
          SELECT e.country, e.topic_id, COUNT(DISTINCT e.statement_id) AS statements
          FROM effective e
          GROUP BY e.country, e.topic_id
        )
        SELECT r.country AS Country, r.topic_id AS TopicId, r.stance AS Stance, r.confidence AS Confidence,
               r.published_date AS Date, s.speaker_name AS SpeakerName, r.actor_id AS ActorId,
               r.statement_id AS StatementId, c.statements AS StatementCount
        FROM ranked r
        JOIN statements s ON s.id = r.statement_id
        JOIN counts c ON c.country = r.country AND c.topic_id = r.topic_id
        WHERE r.pick = 1
        ORDER BY r.country, r.topic_id
        """;

    /// <summary>The matrix as of <paramref name="asOf"/>, looking back <paramref name="windowDays"/> days (both ends included).</summary>
    public MatrixView Get(DateOnly asOf, int windowDays = 730)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        var from = asOf.DayNumber - windowDays >= DateOnly.MinValue.DayNumber ? asOf.AddDays(-windowDays) : DateOnly.MinValue;

        using var connection = database.OpenConnection();
        // One read transaction so topics and cells come from the same snapshot while a writer is active.
        using var transaction = connection.BeginTransaction(deferred: true);
        var topics = TopicStore.All(connection, transaction);
        var cells = connection.Query<CellRow>(CellsSql, new { From = IsoDate.Format(from), AsOf = IsoDate.Format(asOf) }, transaction)
            .Select(r => r.ToCell())
            .ToList();
        transaction.Commit();

        var countries = cells.Select(c => c.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MatrixView(asOf, topics, countries, cells);
    }

    private sealed class CellRow
    {
        public string Country { get; init; } = "";
        public string TopicId { get; init; } = "";
        public string Stance { get; init; } = "";
        public double Confidence { get; init; }
        public string Date { get; init; } = "";
        public string SpeakerName { get; init; } = "";
        public string? ActorId { get; init; }
        public long StatementId { get; init; }
        public int StatementCount { get; init; }

        public MatrixCell ToCell() => new(
            Country,
            TopicId,
            StanceNames.TryParse(Stance, out var stance) ? stance : throw new InvalidOperationException($"Unknown stance '{Stance}' in the database."),
            Confidence,
            IsoDate.Parse(Date),
            SpeakerName,
            ActorId,
            StatementId,
            StatementCount);
    }
}
