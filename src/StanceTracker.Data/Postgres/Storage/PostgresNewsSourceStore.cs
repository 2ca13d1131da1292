using System.Data.Common;
using Npgsql;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>The news sources in PostgreSQL (see <see cref="NewsSourceStore"/>).</summary>
public sealed class PostgresNewsSourceStore(PostgresDatabase database) : NewsSourceStore(database)
{
    private protected override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
