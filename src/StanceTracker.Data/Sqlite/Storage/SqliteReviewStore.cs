using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Human reviews in SQLite (see <see cref="ReviewStore"/>).</summary>
public sealed class SqliteReviewStore(SqliteDatabase database) : ReviewStore(database);
