using System.Data;
using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>The further articles that carried given statements as wire copies, for the queries that show them.</summary>
internal static class PostgresStatementReports
{
    // One array parameter, however many statements: no batching against a limit on bound parameters.
    private const string FurtherSql = """
        SELECT r.statement_id AS StatementId, a.id AS ArticleId, src.name AS Source, a.published_date AS Date, a.url AS Url
        FROM statement_reports r
        JOIN articles a ON a.id = r.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE r.statement_id = ANY(@Ids)
        """;

    public static Dictionary<long, List<StatementReport>> Further(IDbConnection connection, IDbTransaction? transaction, IEnumerable<long> statementIds)
    {
        var ids = statementIds.Distinct().ToArray();
        return ids.Length == 0
            ? []
            : StatementReportRow.ByStatement(connection.Query<StatementReportRow>(FurtherSql, new { Ids = ids }, transaction));
    }
}
