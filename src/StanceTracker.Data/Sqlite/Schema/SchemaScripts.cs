using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace StanceTracker.Data.Sqlite;

/// <summary>One numbered step from the previous schema version to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>The embedded SQL: the numbered migrations, from nothing to the latest schema.</summary>
internal static partial class SchemaScripts
{
    private static readonly Assembly Assembly = typeof(SchemaScripts).Assembly;

    /// <summary>Ordered by version, numbered 1..n without gaps; version 1 creates the initial schema from nothing.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    private static List<Migration> LoadMigrations()
    {
        var migrations = new List<Migration>();
        foreach (var resource in Assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (match.Success)
            {
                var version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                migrations.Add(new Migration(version, match.Groups["name"].Value, Read(resource)));
            }
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));

        // A missing or doubled number would make databases disagree about what a version contains.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Schema migrations must be numbered 1..n without gaps; found {string.Join(", ", migrations.Select(m => m.Version))}.");
            }
        }
        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No schema migrations are embedded.");
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Sqlite\.Schema\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex MigrationName();
}
