namespace StanceTracker.Data;

/// <summary>
/// Where the entry points find the data folder by default: the <c>data/</c> beside <c>StanceTracker.sln</c> when run
/// from a checkout (dotnet run, tests), else the <c>data/</c> beside the published binaries. Everything deeper is given
/// its folder (<see cref="Composition.StanceTrackerOptions"/>).
/// </summary>
public static class ProjectPaths
{
    // Static initialisers run in textual order: the root must be found before the data folder is derived from it.
    /// <summary>The folder holding StanceTracker.sln, or null when running outside a checkout.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DataDirectory { get; } = FindDataDirectory();

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
