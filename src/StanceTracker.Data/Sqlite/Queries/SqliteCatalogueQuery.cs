using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Lookups the filters and the review form offer as choices.</summary>
public sealed class SqliteCatalogueQuery(SqliteDatabase database) : ICatalogueQuery
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // The catalogue when it is loaded; attributed speakers too, so the choice also works on databases without it.
    private const string FindActorsSql = """
        SELECT Id, Name, Country FROM (
          SELECT a.id AS Id, a.name AS Name, a.country AS Country, 0 AS Rank FROM actors a
          WHERE a.name LIKE @Pattern ESCAPE '\' OR a.id LIKE @Pattern ESCAPE '\'
             OR a.id IN (SELECT l.actor_id FROM actor_aliases l WHERE l.alias LIKE @Pattern ESCAPE '\')
          UNION ALL
          SELECT d.actor_id, (SELECT s.speaker_name FROM statements s WHERE s.id = d.statement_id), d.country, 1
          FROM (SELECT actor_id, MAX(statement_id) AS statement_id, MAX(country) AS country FROM position_days
                WHERE actor_id IS NOT NULL AND actor_id NOT IN (SELECT id FROM actors) GROUP BY actor_id) d
          WHERE d.actor_id LIKE @Pattern ESCAPE '\'
             OR (SELECT s.speaker_name FROM statements s WHERE s.id = d.statement_id) LIKE @Pattern ESCAPE '\')
        ORDER BY Rank, Name
        LIMIT @Limit
        """;

    /// <summary>Actors whose id, name or alias contains <paramref name="text"/>, catalogue first.</summary>
    public IReadOnlyList<ActorChoice> FindActors(string? text, int limit = 20)
    {
        var pattern = LikePattern.Containing((text ?? "").Trim());
        using var connection = _database.OpenConnection();
        return connection.Query<ActorChoice>(FindActorsSql, new { Pattern = pattern, Limit = limit }).ToList();
    }

    private const string ActorSql = """
        SELECT a.id AS Id, a.name AS Name, a.country AS Country FROM actors a WHERE a.id = @Id
        UNION ALL
        SELECT s.actor_id, s.speaker_name, s.speaker_country FROM statements s
        WHERE s.actor_id = @Id AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = @Id)
        LIMIT 1
        """;

    public ActorChoice? Actor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var connection = _database.OpenConnection();
        return connection.QueryFirstOrDefault<ActorChoice>(ActorSql, new { Id = id });
    }

    // The country index answers this without touching the rows.
    private const string CountriesSql = """
        SELECT DISTINCT country FROM positions WHERE country IS NOT NULL ORDER BY country
        """;

    public IReadOnlyList<string> Countries()
    {
        using var connection = _database.OpenConnection();
        return connection.Query<string>(CountriesSql).ToList();
    }
}
