using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>Full-text search over statement text in PostgreSQL (the GIN-indexed tsvector of migration 2).</summary>
public sealed class PostgresStatementSearch(PostgresDatabase database) : IStatementSearch
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // plainto_tsquery reads its text as words, never as tsquery syntax, and requires all of them.
    private const string SearchSql = """
        SELECT s.id AS StatementId, s.text AS Text, s.speaker_name AS SpeakerName, s.speaker_country AS Country,
               s.published_date::date AS Date, a.title AS ArticleTitle, a.url AS Url
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        WHERE s.search @@ plainto_tsquery('simple', @Words)
        ORDER BY s.published_date DESC, s.id DESC
        LIMIT @Limit
        """;

    public IReadOnlyList<StatementHit> Search(string text, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (Words(text) is not { } words)
        {
            return [];
        }
        using var connection = _database.OpenConnection();
        return connection.Query<StatementHitRow>(SearchSql, new { Words = words, Limit = limit }).Select(r => r.ToHit()).ToList();
    }

    /// <summary>The search's words for plainto_tsquery; null when nothing is left to search for.</summary>
    internal static string? Words(string text)
    {
        var terms = SearchTerms.Of(text);
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
