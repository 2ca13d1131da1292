namespace StanceTracker.Core.Tests;

/// <summary>The checkout the tests run from (the folder holding StanceTracker.sln) and the read-only ../shared beside it.</summary>
internal static class TestRepository
{
    /// <summary>The checkout's root above the test binaries, or null when they run outside one.</summary>
    public static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StanceTracker.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The checkout's root; the test is skipped, saying why, outside one.</summary>
    public static string Root()
    {
        var root = FindRoot();
        if (root is null)
        {
            Assert.Skip($"no StanceTracker.sln above {AppContext.BaseDirectory}");
        }
        return root;
    }

    /// <summary>A path under ../shared beside the checkout, or null outside one (whether it exists is the caller's question).</summary>
    public static string? SharedPath(params string[] parts) =>
        FindRoot() is { } root ? Path.GetFullPath(Path.Combine([root, "..", "shared", .. parts])) : null;
}
