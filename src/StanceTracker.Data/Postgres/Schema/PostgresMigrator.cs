using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace StanceTracker.Data.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the latest of its own numbered migrations, tracked in <c>schema_migrations</c>.
/// An advisory lock makes several processes opening the same new database at once (workers, a dashboard) migrate it once.
/// </summary>
internal static partial class PostgresMigrator
{
    // Any number: it only has to be the same in every process that migrates a StanceTracker database.
    private const long MigrationLock = 0x5374_616E_6365;

    private static readonly Assembly Assembly = typeof(PostgresMigrator).Assembly;

    private static readonly Lazy<IReadOnlyList<(int Version, string Name, string Sql)>> Migrations = new(Load);

    public static int LatestVersion => Migrations.Value[^1].Version;

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
        foreach (var (version, name, sql) in Migrations.Value.Where(m => m.Version > current))
        {
            connection.Execute(sql, transaction: transaction);
            connection.Execute(RecordSql, new { Version = version, Name = name }, transaction);
        }
        transaction.Commit();
        return LatestVersion;
    }

    private static List<(int Version, string Name, string Sql)> Load()
    {
        var migrations = new List<(int Version, string Name, string Sql)>();
        foreach (var resource in Assembly.GetManifestResourceNames())
        {
            if (MigrationName().Match(resource) is { Success: true } match)
            {
                using var stream = Assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                migrations.Add((int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
            }
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException("PostgreSQL migrations must be numbered 1..n without gaps.");
            }
        }
        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No PostgreSQL migrations are embedded.");
    }

    [GeneratedRegex(@"\.Postgres\.Schema\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationName();
}
