using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Full-text search over statement text.</summary>
public sealed class SqliteStatementSearch(SqliteDatabase database) : IStatementSearch
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string SearchSql = """
        SELECT s.id AS StatementId, s.text AS Text, s.speaker_name AS SpeakerName, s.speaker_country AS Country,
               s.published_date AS Date, a.title AS ArticleTitle, a.url AS Url
        FROM statement_search
        JOIN statements s ON s.id = statement_search.rowid
        JOIN articles a ON a.id = s.article_id
        WHERE statement_search MATCH @Match
        ORDER BY s.published_date DESC, s.id DESC
        LIMIT @Limit
        """;

    /// <summary>
    /// Statements containing every word of <paramref name="text"/>, newest first. The text is never read as FTS5
    /// syntax: operators, quotes and punctuation are searched for as plain words or dropped.
    /// </summary>
    public IReadOnlyList<StatementHit> Search(string text, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (ToMatchExpression(text) is not { } match)
        {
            return [];
        }

        using var connection = _database.OpenConnection();
        return connection.Query<StatementHitRow>(SearchSql, new { Match = match, Limit = limit }).Select(r => r.ToHit()).ToList();
    }

    /// <summary>
    /// Each of the <see cref="SearchTerms"/> becomes a quoted FTS5 string (inner quotes doubled), so AND, OR, NOT, NEAR,
    /// *, ^, column filters and parentheses lose their meaning; null when nothing is left to search for.
    /// </summary>
    internal static string? ToMatchExpression(string text)
    {
        var terms = SearchTerms.Of(text);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(term => '"' + term.Replace("\"", "\"\"", StringComparison.Ordinal) + '"'));
    }
}
