using System.Data.Common;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Alerts;

namespace StanceTracker.Data.Sqlite;

/// <summary>Follows and deliveries in SQLite (see <see cref="AlertStore"/>).</summary>
public sealed class SqliteAlertStore(SqliteDatabase database) : AlertStore(database)
{
    // SQLITE_CONSTRAINT: the unique follow, should it be added between the check and the insert.
    private const int Constraint = 19;

    private protected override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == Constraint;
}
