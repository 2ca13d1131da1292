namespace StanceTracker.Data;

/// <summary>
/// Where the project's data folder is: the <c>data/</c> beside <c>StanceTracker.sln</c> when run from a checkout
/// (dotnet run, tests), else the <c>data/</c> beside the published binaries.
/// </summary>
public static class ProjectPaths
{
    public const string DefaultDatabaseFileName = "stancetracker.db";

    // Static initialisers run in textual order: the root must be found before the data folder is derived from it.
    /// <summary>The folder holding StanceTracker.sln, or null when running outside a checkout.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DataDirectory { get; } = FindDataDirectory();

    public static string DefaultDatabase => Path.Combine(DataDirectory, DefaultDatabaseFileName);

    public static string TopicsFile => Path.Combine(DataDirectory, "topics.json");

    public static string CountriesFile => Path.Combine(DataDirectory, "countries.json");

    public static string DemoCorpus => Path.Combine(DataDirectory, "corpus");

    private static string FindDataDirectory()
    {
        if (RepositoryRoot is { } root)
        {
            return Path.Combine(root, "data");
        }
        return Path.Combine(AppContext.BaseDirectory, "data");
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StanceTracker.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }
}
