using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>Quotes and sources by statement id from PostgreSQL, for the matrix and timeline downloads.</summary>
public sealed class PostgresStatementSourceQuery(PostgresDatabase database) : IStatementSourceQuery
{
    private readonly PostgresDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // One array parameter, however many statements: no batching against a limit on bound parameters.
    private const string SourcesSql = """
        SELECT s.id AS StatementId, s.text AS Text, a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE s.id = ANY(@Ids)
        """;

    public IReadOnlyDictionary<long, StatementSource> ForStatements(IReadOnlyCollection<long> statementIds)
    {
        ArgumentNullException.ThrowIfNull(statementIds);
        if (statementIds.Count == 0)
        {
            return new Dictionary<long, StatementSource>();
        }
        using var connection = _database.OpenConnection();
        return connection.Query<StatementSource>(SourcesSql, new { Ids = statementIds.Distinct().ToArray() }).ToDictionary(r => r.StatementId);
    }
}
