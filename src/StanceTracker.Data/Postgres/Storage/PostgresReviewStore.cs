using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Human reviews in PostgreSQL, each taking the writers' turn (see <see cref="ReviewStore"/>).</summary>
public sealed class PostgresReviewStore(PostgresDatabase database) : ReviewStore(database);
