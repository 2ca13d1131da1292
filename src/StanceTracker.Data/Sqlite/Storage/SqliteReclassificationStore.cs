using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>Re-reading stored articles with another model, in SQLite (see <see cref="ReclassificationStore"/>).</summary>
public sealed class SqliteReclassificationStore(SqliteDatabase database) : ReclassificationStore(database);
