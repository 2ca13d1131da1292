using System.Data.Common;
using Npgsql;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>The dashboard's users in PostgreSQL (see <see cref="UserStore"/>).</summary>
public sealed class PostgresUserStore(PostgresDatabase database) : UserStore(database)
{
    private protected override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
