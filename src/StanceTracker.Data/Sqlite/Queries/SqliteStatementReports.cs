using System.Data;
using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>The further articles that carried given statements as wire copies, for the queries that show them.</summary>
internal static class SqliteStatementReports
{
    // A page or a cell names tens of statements, a CSV download up to 10,000: batches stay far below SQLite's limit on bound parameters.
    private const int BatchSize = 500;

    private const string FurtherSql = """
        SELECT r.statement_id AS StatementId, a.id AS ArticleId, src.name AS Source, a.published_date AS Date, a.url AS Url
        FROM statement_reports r
        JOIN articles a ON a.id = r.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE r.statement_id IN @Ids
        """;

    public static Dictionary<long, List<StatementReport>> Further(IDbConnection connection, IDbTransaction? transaction, IEnumerable<long> statementIds)
    {
        var rows = new List<StatementReportRow>();
        foreach (var batch in statementIds.Distinct().Chunk(BatchSize))
        {
            rows.AddRange(connection.Query<StatementReportRow>(FurtherSql, new { Ids = batch }, transaction));
        }
        return StatementReportRow.ByStatement(rows);
    }
}
