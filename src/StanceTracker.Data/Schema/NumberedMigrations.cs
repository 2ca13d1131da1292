using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace StanceTracker.Data.Schema;

/// <summary>One numbered step from the previous schema version to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// An engine's embedded migration scripts, the same rule for every engine: numbered 1..n without gaps (a missing or
/// doubled number would make databases disagree about what a version contains), version 1 from nothing.
/// </summary>
internal static class NumberedMigrations
{
    /// <param name="name">Matches the engine's resource names, capturing <c>version</c> (four digits) and <c>name</c>.</param>
    public static IReadOnlyList<Migration> Load(Assembly assembly, Regex name, string engine)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (name.Match(resource) is { Success: true } match)
            {
                var version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                migrations.Add(new Migration(version, match.Groups["name"].Value, Read(assembly, resource)));
            }
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"{engine} migrations must be numbered 1..n without gaps; found {string.Join(", ", migrations.Select(m => m.Version))}.");
            }
        }
        return migrations.Count > 0 ? migrations : throw new InvalidOperationException($"No {engine} migrations are embedded.");
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
