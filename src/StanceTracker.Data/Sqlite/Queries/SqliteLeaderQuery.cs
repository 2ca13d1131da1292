using Dapper;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;
using StanceTracker.Core;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Leaders (catalogue actors and uncatalogued speakers) by name, country and office, and one leader's record.</summary>
public sealed class SqliteLeaderQuery(SqliteDatabase database) : ILeaderQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Positions per actor key (reviews applied) come from the effective key's index without touching the table.
    // Uncatalogued speakers take name, country, office and title from their latest statement.
    private const string SearchSql = """
        WITH spoken AS (
          SELECT p.effective_actor_key AS actor_key, COUNT(*) AS positions, MAX(p.published_date) AS last_date
          FROM positions p
          GROUP BY p.effective_actor_key),
        latest_term AS (
          SELECT t.actor_id, t.office, t.title,
                 ROW_NUMBER() OVER (PARTITION BY t.actor_id
                                    ORDER BY t.end_date IS NULL DESC, t.end_date DESC, t.start_date DESC, t.id) AS rank
          FROM actor_terms t),
        leaders AS (
          SELECT a.id AS Key, a.id AS ActorId, a.name AS Name, a.country AS Country, lt.office AS Office, lt.title AS Title,
                 COALESCE(sp.positions, 0) AS Positions, sp.last_date AS LastDate
          FROM actors a
          LEFT JOIN latest_term lt ON lt.actor_id = a.id AND lt.rank = 1
          LEFT JOIN spoken sp ON sp.actor_key = a.id
          UNION ALL
          SELECT sp.actor_key, NULL, COALESCE(sc.speaker_name, s.speaker_name), p.effective_country, s.speaker_office, s.speaker_role, sp.positions, sp.last_date
          FROM spoken sp
          JOIN positions p ON p.id = (SELECT x.id FROM positions x WHERE x.effective_actor_key = sp.actor_key
                                      ORDER BY x.published_date DESC, x.id DESC LIMIT 1)
          JOIN statements s ON s.id = p.statement_id
          LEFT JOIN speaker_corrections sc ON sc.statement_id = s.id
          WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = sp.actor_key))
        SELECT l.Key, l.ActorId, l.Name, l.Country, l.Office, l.Title, l.Positions, l.LastDate
        FROM leaders l
        WHERE (@Pattern IS NULL OR l.Name LIKE @Pattern ESCAPE '\'
               OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_id = l.ActorId AND al.alias LIKE @Pattern ESCAPE '\'))
          AND (@Country IS NULL OR l.Country = @Country)
          AND (@Office IS NULL OR l.Office = @Office
               OR EXISTS (SELECT 1 FROM actor_terms t WHERE t.actor_id = l.ActorId AND t.office = @Office))
          AND (@SpokenOnly = 0 OR l.Positions > 0)
        ORDER BY l.Positions DESC, l.Name COLLATE NOCASE, l.Key
        LIMIT @Limit
        """;

    /// <summary>
    /// Leaders whose name or alias contains <paramref name="text"/>, in <paramref name="country"/>, who held
    /// <paramref name="office"/> (any term; for uncatalogued speakers, the latest statement's office). Those who said
    /// most come first.
    /// </summary>
    public IReadOnlyList<LeaderSummary> Search(string? text = null, string? country = null, string? office = null, bool spokenOnly = false, int limit = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        using var connection = _database.OpenConnection();
        return connection.Query<LeaderRows.Summary>(SearchSql, new
        {
            Pattern = string.IsNullOrWhiteSpace(text) ? null : LikePattern.Containing(text.Trim()),
            Country = string.IsNullOrWhiteSpace(country) ? null : country,
            Office = string.IsNullOrWhiteSpace(office) ? null : office,
            SpokenOnly = spokenOnly,
            Limit = limit,
        }).Select(r => r.ToSummary()).ToList();
    }

    // The name from the catalogue where there is one, else the latest statement's.
    private const string SpeakersOnSql = """
        SELECT k.actor_key AS Key, a.id AS ActorId,
               COALESCE(a.name, (SELECT s.speaker_name FROM position_days d JOIN statements s ON s.id = d.statement_id
                                 WHERE d.actor_key = k.actor_key AND d.topic_id = k.topic_id ORDER BY d.day DESC LIMIT 1)) AS Name,
               COALESCE(a.country, (SELECT d.country FROM position_days d
                                    WHERE d.actor_key = k.actor_key AND d.topic_id = k.topic_id ORDER BY d.day DESC LIMIT 1)) AS Country,
               NULL AS Office, NULL AS Title,
               (SELECT COUNT(*) FROM position_days d WHERE d.actor_key = k.actor_key AND d.topic_id = k.topic_id) AS Positions,
               (SELECT MAX(d.day) FROM position_days d WHERE d.actor_key = k.actor_key AND d.topic_id = k.topic_id) AS LastDate
        FROM actor_topics k
        LEFT JOIN actors a ON a.id = k.actor_key
        WHERE k.topic_id = @TopicId
        ORDER BY Name COLLATE NOCASE, k.actor_key
        """;

    /// <summary>Everyone who took a position on the topic, by name (for pickers).</summary>
    public IReadOnlyList<LeaderSummary> SpeakersOn(string topicId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicId);
        using var connection = _database.OpenConnection();
        return connection.Query<LeaderRows.Summary>(SpeakersOnSql, new { TopicId = topicId })
            .Select(r => r.ToSummary())
            .ToList();
    }

    private const string ActorSql = """
        SELECT a.id AS Key, a.id AS ActorId, a.name AS Name, a.country AS Country
        FROM actors a WHERE a.id = @Key;

        SELECT al.alias FROM actor_aliases al WHERE al.actor_id = @Key ORDER BY al.rowid;

        SELECT t.office AS Office, t.title AS Title, t.country AS Country, t.start_date AS Start, t.end_date AS "End"
        FROM actor_terms t
        WHERE t.actor_id = @Key
        ORDER BY t.start_date IS NULL, t.start_date, t.id;
        """;

    // The primary key (actor_key, topic_id, day) serves this: one leader's every position day.
    private const string DaysSql = """
        SELECT e.* FROM position_evidence e
        WHERE e.ActorKey = @Key
        ORDER BY e.TopicId, e.Day
        """;

    // Newest first from the (actor_key, published_date) index; reviews applied through the view.
    private const string RecentSql = """
        SELECT e.statement_id AS StatementId, e.day AS Date, e.topic_id AS TopicId, e.stance AS Stance,
               e.confidence AS Confidence, e.reviewed AS Reviewed, s.speaker_role AS Role, s.text AS Text,
               a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM effective_positions e
        JOIN statements s ON s.id = e.statement_id
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE e.actor_key = @Key AND e.day <= @AsOf
        ORDER BY e.day DESC, e.position_id DESC
        LIMIT @Limit
        """;

    /// <summary>
    /// The leader with <paramref name="key"/> (a catalogue id or a <c>name:</c> key) as of <paramref name="asOf"/>:
    /// positions are each topic's latest inside the window. Null when the key is neither in the catalogue nor spoke.
    /// </summary>
    public LeaderProfile? Get(string key, DateOnly asOf, int recentLimit = 25, PositionRules? rules = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);

        using var catalogue = connection.QueryMultiple(ActorSql, new { Key = key }, transaction);
        var actor = catalogue.ReadSingleOrDefault<LeaderRows.Actor>();
        var aliases = catalogue.Read<string>().ToList();
        var terms = catalogue.Read<LeaderRows.Term>()
            .Select(t => new OfficeTerm(t.Office, t.Title, t.Country, t.Start, t.End))
            .ToList();

        var evidence = connection.Query<EvidenceRow>(DaysSql, new { Key = key }, transaction).Select(r => r.ToEvidence()).ToList();
        if (actor is null && evidence.Count == 0)
        {
            return null;
        }
        var recent = connection.Query<LeaderRows.Statement>(RecentSql, new { Key = key, AsOf = IsoDate.Format(asOf), Limit = recentLimit }, transaction)
            .Select(r => r.ToStatement())
            .ToList();
        transaction.Commit();

        return LeaderAssembly.Profile(key, asOf, rules, actor, aliases, terms, evidence, recent);
    }
}
