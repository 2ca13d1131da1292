using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>Re-reading stored articles with another model, in PostgreSQL (see <see cref="ReclassificationStore"/>).</summary>
public sealed class PostgresReclassificationStore(PostgresDatabase database) : ReclassificationStore(database);
