using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

public sealed class PostgresUnknownSpeakersQuery(PostgresDatabase database) : IUnknownSpeakersQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Grouped by name as resolved; the distinct roles and countries help an analyst write the catalogue entry.
    private const string FrequentSql = """
        SELECT s.speaker_name AS Name,
               COUNT(*) AS Statements,
               COUNT(DISTINCT s.article_id) AS Articles,
               (SELECT string_agg(role, '; ' ORDER BY n DESC, role) FROM (
                    SELECT r.speaker_role AS role, COUNT(*) AS n FROM statements r
                    WHERE r.actor_id IS NULL AND r.speaker_name = s.speaker_name AND r.speaker_role IS NOT NULL
                    GROUP BY r.speaker_role ORDER BY COUNT(*) DESC, r.speaker_role LIMIT 3) roles) AS Roles,
               (SELECT string_agg(country, ', ' ORDER BY n DESC, country) FROM (
                    SELECT c.speaker_country AS country, COUNT(*) AS n FROM statements c
                    WHERE c.actor_id IS NULL AND c.speaker_name = s.speaker_name AND c.speaker_country IS NOT NULL
                    GROUP BY c.speaker_country ORDER BY COUNT(*) DESC, c.speaker_country LIMIT 3) countries) AS Countries,
               MIN(s.published_date) AS FirstDate,
               MAX(s.published_date) AS LastDate
        FROM statements s
        WHERE s.actor_id IS NULL
        GROUP BY s.speaker_name
        HAVING COUNT(*) >= @MinStatements
        ORDER BY COUNT(*) DESC, s.speaker_name
        LIMIT @Limit
        """;

    /// <summary>Unknown speakers with at least <paramref name="minStatements"/> statements, most frequent first.</summary>
    public IReadOnlyList<UnknownSpeaker> Frequent(int minStatements = 2, int limit = 100)
    {
        using var connection = _database.OpenConnection();
        return connection.Query<Row>(FrequentSql, new { MinStatements = minStatements, Limit = limit })
            .Select(r => new UnknownSpeaker(r.Name, r.Statements, r.Articles, r.Roles, r.Countries, r.FirstDate, r.LastDate))
            .ToList();
    }

    // A settable row, as for SQLite, whose all-NULL aggregate columns carry no type a record constructor could bind.
    private sealed class Row
    {
        public string Name { get; set; } = "";

        public long Statements { get; set; }

        public long Articles { get; set; }

        public string? Roles { get; set; }

        public string? Countries { get; set; }

        public string? FirstDate { get; set; }

        public string? LastDate { get; set; }
    }
}
