using System.Data.Common;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Alerts;

namespace StanceTracker.Data.Sqlite;

/// <summary>Follows and deliveries in SQLite (see <see cref="AlertStore"/>).</summary>
public sealed class SqliteAlertStore(SqliteDatabase database) : AlertStore(database)
{
    // SQLITE_CONSTRAINT: the unique follow, should it be added between the check and the insert.
    private const int Constraint = 19;

    // The ids travel as one JSON array: one parameter however many there are.
    private const string IngestedAtStatement = """
        SELECT s.id AS StatementId, a.ingested_at AS IngestedAt FROM statements s
        JOIN articles a ON a.id = s.article_id
        WHERE s.id IN (SELECT value FROM json_each(@Ids))
        """;

    private protected override string IngestedAtSql => IngestedAtStatement;

    private protected override object IdsParameter(long[] ids) => System.Text.Json.JsonSerializer.Serialize(ids);

    private protected override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == Constraint;
}
