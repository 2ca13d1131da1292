using System.Data.Common;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>The dashboard's users in SQLite (see <see cref="UserStore"/>).</summary>
public sealed class SqliteUserStore(SqliteDatabase database) : UserStore(database)
{
    // SQLITE_CONSTRAINT: the unique name_key, should a name be taken between the check and the insert.
    private const int Constraint = 19;

    private protected override bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == Constraint;
}
