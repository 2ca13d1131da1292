using System.Data.Common;
using Npgsql;
using StanceTracker.Data.Alerts;

namespace StanceTracker.Data.Postgres;

/// <summary>Follows and deliveries in PostgreSQL (see <see cref="AlertStore"/>).</summary>
public sealed class PostgresAlertStore(PostgresDatabase database) : AlertStore(database)
{
    private protected override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
