using System.Data.Common;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The news sources in SQLite (see <see cref="NewsSourceStore"/>).</summary>
public sealed class SqliteNewsSourceStore(SqliteDatabase database) : NewsSourceStore(database)
{
    // SQLITE_CONSTRAINT: the unique location_key, should a location be added between the check and the insert.
    private const int Constraint = 19;

    private protected override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == Constraint;
}
