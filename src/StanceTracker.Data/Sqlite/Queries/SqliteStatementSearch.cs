using Dapper;
using StanceTracker.Data.Queries;
using System.Text;

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
        return connection.Query<HitRow>(SearchSql, new { Match = match, Limit = limit })
            .Select(r => new StatementHit(r.StatementId, r.Text, r.SpeakerName, r.Country, r.Date, r.ArticleTitle, r.Url))
            .ToList();
    }

    /// <summary>
    /// Each whitespace-separated term becomes a quoted FTS5 string (inner quotes doubled), so AND, OR, NOT, NEAR, *, ^,
    /// column filters and parentheses lose their meaning. Terms with no letter or digit would tokenise to nothing and
    /// are dropped; null when nothing is left to search for.
    /// </summary>
    internal static string? ToMatchExpression(string text)
    {
        var builder = new StringBuilder();
        foreach (var term in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return builder.Length > 0 ? builder.ToString() : null;
    }

    private sealed class HitRow
    {
        public long StatementId { get; init; }
        public string Text { get; init; } = "";
        public string SpeakerName { get; init; } = "";
        public string? Country { get; init; }
        public DateOnly Date { get; init; }
        public string ArticleTitle { get; init; } = "";
        public string? Url { get; init; }
    }
}
