using System.Text.RegularExpressions;
using StanceTracker.Data.Schema;

namespace StanceTracker.Data.Sqlite;

/// <summary>The embedded SQL: the numbered migrations, from nothing to the latest schema.</summary>
internal static partial class SchemaScripts
{
    /// <summary>Ordered by version, numbered 1..n without gaps; version 1 creates the initial schema from nothing.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = NumberedMigrations.Load(typeof(SchemaScripts).Assembly, MigrationName(), "SQLite");

    public static int LatestVersion => Migrations[^1].Version;

    [GeneratedRegex(@"\.Sqlite\.Schema\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationName();
}
