using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>Quotes and sources by statement id, for the matrix and timeline downloads.</summary>
public sealed class SqliteStatementSourceQuery(SqliteDatabase database) : IStatementSourceQuery
{
    // A matrix names a few hundred statements; batches stay far below SQLite's limit on bound parameters.
    private const int BatchSize = 500;

    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string SourcesSql = """
        SELECT s.id AS StatementId, s.text AS Text, a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE s.id IN @Ids
        """;

    public IReadOnlyDictionary<long, StatementSource> ForStatements(IReadOnlyCollection<long> statementIds)
    {
        ArgumentNullException.ThrowIfNull(statementIds);
        var found = new Dictionary<long, StatementSource>();
        if (statementIds.Count == 0)
        {
            return found;
        }
        using var connection = _database.OpenConnection();
        foreach (var batch in statementIds.Distinct().Chunk(BatchSize))
        {
            foreach (var row in connection.Query<StatementSource>(SourcesSql, new { Ids = batch }))
            {
                found[row.StatementId] = row;
            }
        }
        return found;
    }
}
