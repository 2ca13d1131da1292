using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Sqlite;

/// <summary>The review history in SQLite (see <see cref="ReviewLogQuery"/>).</summary>
public sealed class SqliteReviewLogQuery(SqliteDatabase database) : ReviewLogQuery(database);
