using Dapper;
using StanceTracker.Core.Positions;
using StanceTracker.Core;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// The country-by-topic matrix as of a date. Each actor's position is their latest in the window (read from the
/// per-day table, reviews applied); a country's cell follows the seniority rule of <see cref="PositionCalculator"/>.
/// </summary>
public sealed class SqliteMatrixQuery(SqliteDatabase database) : IMatrixQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The latest day per (actor, topic) on or before the date, with no window (the window is a filter in C#, so one read
    // serves the windowed matrix and the last known positions), one primary-key seek each (MATERIALIZED keeps
    // SQLite from re-running that seek for every candidate row), then the row of that day. Only position_days is
    // read here: the seniority rule needs nothing else, and names are fetched for the winning cells alone.
    private const string LatestPositionsSql = """
        WITH latest AS MATERIALIZED (
          SELECT k.actor_key AS actor_key, k.topic_id AS topic_id,
                 (SELECT MAX(x.day) FROM position_days x
                  WHERE x.actor_key = k.actor_key AND x.topic_id = k.topic_id AND x.day <= @AsOf) AS day
          FROM actor_topics k
        )
        SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
               d.actor_id AS ActorId, d.country AS Country, d.seniority AS Rank, d.stance AS Stance,
               d.model_stance AS ModelStance, d.confidence AS Confidence, d.reviewed AS Reviewed
        FROM latest l
        JOIN position_days d ON d.actor_key = l.actor_key AND d.topic_id = l.topic_id AND d.day = l.day
        WHERE d.country IS NOT NULL
        """;

    private const string SpeakerNamesSql = """
        SELECT s.id AS StatementId, s.speaker_name AS SpeakerName
        FROM statements s
        WHERE s.id IN (SELECT value FROM json_each(@StatementIds))
        """;

    public MatrixView Get(DateOnly asOf, int? windowDays = null) => Read(asOf, windowDays, withLastKnown: false).InWindow;

    public MatrixWithLastKnown GetWithLastKnown(DateOnly asOf, int? windowDays = null) => Read(asOf, windowDays, withLastKnown: true);

    private MatrixWithLastKnown Read(DateOnly asOf, int? windowDays, bool withLastKnown)
    {
        var from = MatrixAssembly.WindowStart(asOf, MatrixAssembly.Rules(windowDays));
        using var connection = _database.OpenConnection();
        // One read transaction so topics and cells come from the same snapshot while a writer is active.
        using var transaction = connection.BeginTransaction(deferred: true);
        var topics = SqliteTopicStore.All(connection, transaction);
        var terms = new OfficeTermIndex(SqliteActorStore.TermsByActor(connection, transaction));
        var latestDays = connection.Query<EvidenceRow>(LatestPositionsSql, new { AsOf = IsoDate.Format(asOf) }, transaction);
        var views = MatrixAssembly.Views(asOf, from, topics, latestDays, terms, withLastKnown, winners => connection
            .Query<(long StatementId, string SpeakerName)>(SpeakerNamesSql, new { StatementIds = System.Text.Json.JsonSerializer.Serialize(winners) }, transaction)
            .ToDictionary(r => r.StatementId, r => r.SpeakerName));
        transaction.Commit();
        return views;
    }
}
