using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using StanceTracker.Data.Schema;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the latest of its own numbered migrations, tracked in <c>schema_migrations</c>.
/// An advisory lock makes several processes opening the same new database at once (workers, a dashboard) migrate it once.
/// </summary>
internal static partial class PostgresMigrator
{
    // Any number: it only has to be the same in every process that migrates a StanceTracker database.
    private const long MigrationLock = 0x5374_616E_6365;

    private static readonly Lazy<IReadOnlyList<Migration>> Migrations =
        new(() => NumberedMigrations.Load(typeof(PostgresMigrator).Assembly, MigrationName(), "PostgreSQL"));

    public static int LatestVersion => Migrations.Value[^1].Version;

    // Steps that need C# after a migration's SQL: version 6 stores the shifts the C# rule finds.
    private static readonly Dictionary<int, Action<NpgsqlConnection, NpgsqlTransaction>> CodeSteps = new()
    {
        [6] = StoredShifts.RebuildAll,
    };

    private const string TrackingTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private const string LockSql = """
        SELECT pg_advisory_xact_lock(@Lock)
        """;

    private const string CurrentVersionSql = """
        SELECT COALESCE(MAX(version), 0) FROM schema_migrations
        """;

    private const string RecordSql = """
        INSERT INTO schema_migrations (version, name) VALUES (@Version, @Name)
        """;

    /// <summary>Runs the migrations the database lacks, each in the one transaction that records it; returns the version.</summary>
    public static int Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(LockSql, new { Lock = MigrationLock }, transaction);
        connection.Execute(TrackingTableSql, transaction: transaction);
        var current = connection.ExecuteScalar<int>(CurrentVersionSql, transaction: transaction);
        if (current > LatestVersion)
        {
            throw new DatabaseUnusableException(
                $"its schema is version {current}, newer than this build knows ({LatestVersion}); use a newer StanceTracker");
        }
        foreach (var migration in Migrations.Value.Where(m => m.Version > current))
        {
            connection.Execute(migration.Sql, transaction: transaction);
            CodeSteps.GetValueOrDefault(migration.Version)?.Invoke(connection, transaction);
            connection.Execute(RecordSql, new { migration.Version, migration.Name }, transaction);
        }
        // A store whose shifts were stored by a build with other default rules gets them recomputed, under the same lock.
        if (!StoredShifts.Current(connection, transaction))
        {
            StoredShifts.RebuildAll(connection, transaction);
        }
        transaction.Commit();
        return LatestVersion;
    }

    [GeneratedRegex(@"\.Postgres\.Schema\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationName();
}
