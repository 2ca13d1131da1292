using Dapper;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

public sealed class SqliteStatementSourceQuery(SqliteDatabase database) : IStatementSourceQuery
{
    // Dapper spells a list out as one parameter each; chunks keep a long feed well under SQLite's parameter limit.
    private const int Chunk = 500;

    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    private const string SourcesSql = """
        SELECT s.id AS StatementId, a.title AS ArticleTitle, src.name AS Source, a.url AS Url
        FROM statements s
        JOIN articles a ON a.id = s.article_id
        LEFT JOIN sources src ON src.id = a.source_id
        WHERE s.id IN @Ids
        """;

    public IReadOnlyDictionary<long, StatementSource> For(IEnumerable<long> statementIds)
    {
        ArgumentNullException.ThrowIfNull(statementIds);
        using var connection = _database.OpenConnection();
        return statementIds.Distinct().Chunk(Chunk)
            .SelectMany(ids => connection.Query<StatementSource>(SourcesSql, new { Ids = ids }))
            .ToDictionary(s => s.StatementId);
    }
}
