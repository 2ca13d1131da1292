using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;
using StanceTracker.Data.Storage;
using StanceTracker.Data.Tests.Fixtures;

namespace StanceTracker.Data.Tests.Composition;

/// <summary>
/// The seam a second database plugs into: hosts and the engine-neutral parts of Data use the store and query
/// interfaces; SQLite's types and dialect live in <c>src/StanceTracker.Data/Sqlite</c> alone.
/// </summary>
public sealed partial class StoreSeamTests
{
    // The composition picks the engine (and pairs SQLite with PostgreSQL for 'migrate'), and the positions benchmark
    // measures SQLite's store by name.
    private static readonly string[] MayNameTheEngine =
    [
        Path.Combine("StanceTracker.Data", "Composition", "StanceTrackerServices.cs"),
        Path.Combine("StanceTracker.Data", "Composition", "StoreMigration.cs"),
        Path.Combine("StanceTracker.Cli", "Commands", "PositionsBenchCommand.cs"),
    ];

    [Fact]
    public void Only_the_sqlite_folder_uses_sqlite_types()
    {
        var offenders = SourceFilesOutsideSqlite()
            .Where(f => !MayNameTheEngine.Any(allowed => f.Path.EndsWith(allowed, StringComparison.Ordinal)))
            .Where(f => SqliteTypes().IsMatch(f.Text))
            .Select(f => f.Path)
            .ToList();
        Assert.True(offenders.Count == 0, $"SQLite types used outside src/StanceTracker.Data/Sqlite: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Sqlite_dialect_appears_only_in_the_sqlite_folder()
    {
        var offenders = SourceFilesOutsideSqlite()
            .SelectMany(f => SqliteDialect().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();
        Assert.True(offenders.Count == 0, $"SQLite-only SQL outside src/StanceTracker.Data/Sqlite: {string.Join("; ", offenders)}");
    }

    [Fact]
    public void The_checks_above_see_the_sqlite_code_they_keep_in_place()
    {
        // Guards the two tests above against passing vacuously (a wrong folder, a regex that matches nothing).
        var sqlite = Path.Combine(Source(), "StanceTracker.Data", "Sqlite");
        var texts = Directory.EnumerateFiles(sqlite, "*.*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.Contains(texts, t => SqliteTypes().IsMatch(t));
        Assert.Contains(texts, t => SqliteDialect().IsMatch(t));
    }

    [Fact]
    public void Every_store_and_query_interface_is_served_by_the_configured_engine()
    {
        using var temp = new TempDatabase();
        using var services = new ServiceCollection()
            .AddStanceTracker(new StanceTrackerOptions(temp.Folder) { DatabasePath = temp.FilePath, LoadCatalogue = false })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var seams = typeof(IStanceStore).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace is "StanceTracker.Data" or "StanceTracker.Data.Queries" or "StanceTracker.Data.Storage")
            .ToList();

        Assert.True(seams.Count >= 19, $"expected the store and query interfaces, found {seams.Count}");
        foreach (var seam in seams)
        {
            var implementation = services.GetRequiredService(seam);
            Assert.Equal(typeof(SqliteDatabase).Namespace, implementation.GetType().Namespace);
        }
        Assert.Same(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<IStanceStore>());
        Assert.Equal(temp.FilePath, services.GetRequiredService<IStanceStore>().Location);
        Assert.IsType<SqliteMatrixQuery>(services.GetRequiredService<IMatrixQuery>());
        Assert.IsType<SqliteArticleStore>(services.GetRequiredService<IArticleStore>());
    }

    private static string Source() => Path.Combine(ProjectPaths.RepositoryRoot ?? throw new InvalidOperationException("tests run from a checkout"), "src");

    private static IEnumerable<(string Path, string Text)> SourceFilesOutsideSqlite()
    {
        var sqlite = Path.Combine(Source(), "StanceTracker.Data", "Sqlite") + Path.DirectorySeparatorChar;
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Source(), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(sqlite, StringComparison.Ordinal)
                        && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                        && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(f)));
    }

    [GeneratedRegex(@"\bMicrosoft\.Data\.Sqlite\b|\bSqlite(Connection|Transaction|Exception|Command|Database|Codes)\b|\bStanceTracker\.Data\.Sqlite\b")]
    private static partial Regex SqliteTypes();

    // The SQLite-only parts of the SQL: full-text tables, conflict clauses, rowids, JSON table functions, NOCASE
    // collation and the schema version pragma. Each engine writes its own.
    [GeneratedRegex(@"\bjson_each\b|\bINSERT\s+OR\s+(IGNORE|REPLACE)\b|\browid\b|\bCOLLATE\s+NOCASE\b|\buser_version\b|\bfts5\b|\bsqlite_\w+", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteDialect();
}
