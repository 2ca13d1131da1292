using Dapper;
using StanceTracker.Core.Positions;
using StanceTracker.Core;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// The country-by-topic matrix as of a date. Each actor's position is their latest in the window (read from the
/// per-day table, reviews applied); a country's cell follows the seniority rule of <see cref="PositionCalculator"/>.
/// </summary>
public sealed class PostgresMatrixQuery(PostgresDatabase database) : IMatrixQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The latest day per (actor, topic) on or before the date, with no window (the window is a filter in C#, so one read
    // serves the windowed matrix and the last known positions), one primary-key seek each, then the row of that day. Only position_days is
    // read here: the seniority rule needs nothing else, and names are fetched for the winning cells alone.
    internal const string LatestPositionsSql = """
        WITH latest AS MATERIALIZED (
          SELECT k.actor_key AS actor_key, k.topic_id AS topic_id,
                 (SELECT MAX(x.day) FROM position_days x
                  WHERE x.actor_key = k.actor_key AND x.topic_id = k.topic_id AND x.day <= @AsOf) AS day
          FROM actor_topics k
        )
        SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day::date AS Day, d.statement_id AS StatementId, d.position_id AS PositionId,
               d.actor_id AS ActorId, d.country AS Country, d.seniority AS Rank, d.stance AS Stance,
               d.model_stance AS ModelStance, d.confidence AS Confidence, d.reviewed AS Reviewed
        FROM latest l
        JOIN position_days d ON d.actor_key = l.actor_key AND d.topic_id = l.topic_id AND d.day = l.day
        WHERE d.country IS NOT NULL
        """;

    private const string SpeakerNamesSql = """
        SELECT s.id AS StatementId, s.speaker_name AS SpeakerName
        FROM statements s
        WHERE s.id = ANY(@StatementIds)
        """;

    public MatrixView Get(DateOnly asOf, int? windowDays = null) => Read(asOf, windowDays, withLastKnown: false).InWindow;

    public MatrixWithLastKnown GetWithLastKnown(DateOnly asOf, int? windowDays = null) => Read(asOf, windowDays, withLastKnown: true);

    private MatrixWithLastKnown Read(DateOnly asOf, int? windowDays, bool withLastKnown)
    {
        var from = MatrixAssembly.WindowStart(asOf, MatrixAssembly.Rules(windowDays));
        using var connection = _database.OpenConnection();
        // One snapshot for topics, terms and cells while writers are active.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var topics = PostgresTopicStore.All(connection, transaction);
        var terms = new OfficeTermIndex(PostgresActorStore.TermsByActor(connection, transaction));
        var latestDays = connection.Query<EvidenceRow>(LatestPositionsSql, new { AsOf = IsoDate.Format(asOf) }, transaction);
        var views = MatrixAssembly.Views(asOf, from, topics, latestDays, terms, withLastKnown, winners => connection
            .Query<(long StatementId, string SpeakerName)>(SpeakerNamesSql, new { StatementIds = winners }, transaction)
            .ToDictionary(r => r.StatementId, r => r.SpeakerName));
        transaction.Commit();
        return views;
    }
}
