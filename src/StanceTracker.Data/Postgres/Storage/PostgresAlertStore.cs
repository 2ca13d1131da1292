using System.Data.Common;
using Npgsql;
using StanceTracker.Data.Alerts;

namespace StanceTracker.Data.Postgres;

/// <summary>Follows and deliveries in PostgreSQL (see <see cref="AlertStore"/>).</summary>
public sealed class PostgresAlertStore(PostgresDatabase database) : AlertStore(database)
{
    // The ids travel as one bigint[] parameter.
    private const string IngestedAtStatement = """
        SELECT s.id AS StatementId, a.ingested_at AS IngestedAt FROM statements s
        JOIN articles a ON a.id = s.article_id
        WHERE s.id = ANY(@Ids)
        """;

    private protected override string IngestedAtSql => IngestedAtStatement;

    private protected override object IdsParameter(long[] ids) => ids;

    private protected override bool IsUniqueViolation(DbException e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
