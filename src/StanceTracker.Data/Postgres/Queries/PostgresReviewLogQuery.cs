using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Postgres;

/// <summary>The review history in PostgreSQL (see <see cref="ReviewLogQuery"/>).</summary>
public sealed class PostgresReviewLogQuery(PostgresDatabase database) : ReviewLogQuery(database);
