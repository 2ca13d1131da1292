using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sqlite;

/// <summary>
/// Brings a database file to <see cref="SchemaScripts.LatestVersion"/>, tracked by <c>PRAGMA user_version</c>. A new
/// file runs every migration from version 1, so there is one definition of the schema, not a copy beside the steps.
/// </summary>
internal static class SchemaMigrator
{
    // Steps that need C# after a migration's SQL: version 8 stores what the review rules decide, and the day table is
    // rebuilt with the C# same-day rule; version 12 stores the shifts the C# rule finds.
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> CodeSteps = new()
    {
        [8] = (connection, transaction) =>
        {
            ReviewedPositions.ApplyAll(connection, transaction);
            PositionDaysRebuild.Rebuild(connection, transaction);
        },
        [12] = StoredShifts.RebuildAll,
    };

    public static int Migrate(SqliteConnection connection)
    {
        var latest = SchemaScripts.LatestVersion;
        if (ReadVersion(connection, null) == latest)
        {
            if (!StoredShifts.Current(connection, null))
            {
                using var recompute = connection.BeginTransaction(deferred: false);
                RecomputeShiftsUnlessCurrent(connection, recompute);
                recompute.Commit();
            }
            return latest;
        }

        // IMMEDIATE, and the version is read again inside: two processes opening the same old file migrate it once.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = ReadVersion(connection, transaction);
        if (version > latest)
        {
            throw Newer(version);
        }
        if (version == 0)
        {
            EnsureEmpty(connection, transaction);
        }
        foreach (var migration in SchemaScripts.Migrations.Where(m => m.Version > version))
        {
            connection.Execute(migration.Sql, transaction: transaction);
            CodeSteps.GetValueOrDefault(migration.Version)?.Invoke(connection, transaction);
        }
        RecomputeShiftsUnlessCurrent(connection, transaction);
        WriteVersion(connection, transaction, latest);
        transaction.Commit();
        return latest;
    }

    /// <summary>
    /// A file whose shifts were stored by a build with other default rules gets them recomputed, once: checked again
    /// inside the writer's transaction, as another process may have done it meanwhile (PostgreSQL's migrator does the same).
    /// </summary>
    private static void RecomputeShiftsUnlessCurrent(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (!StoredShifts.Current(connection, transaction))
        {
            StoredShifts.RebuildAll(connection, transaction);
        }
    }

    public static DatabaseUnusableException Newer(int version) =>
        new($"the database is at schema version {version}, newer than this build's {SchemaScripts.LatestVersion}; update StanceTracker to open it");

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: transaction);

    // PRAGMA takes no parameters; the value is an int of ours, never user input.
    public static void WriteVersion(SqliteConnection connection, SqliteTransaction? transaction, int version) =>
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};"), transaction: transaction);

    private const string CountObjectsSql = """
        SELECT COUNT(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'
        """;

    // Version 0 with tables in it is somebody else's file, not a new one: refuse rather than mix schemas.
    private static void EnsureEmpty(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (connection.ExecuteScalar<long>(CountObjectsSql, transaction: transaction) > 0)
        {
            throw new DatabaseUnusableException("the file is an SQLite database without a StanceTracker schema version; refusing to change it");
        }
    }
}
