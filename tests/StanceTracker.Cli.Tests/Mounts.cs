using System.Diagnostics;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// A real small or read-only filesystem for fault tests: tmpfs with a size limit, or a read-only bind mount.
/// Mounting needs root; where it is refused the test skips and says why.
/// </summary>
internal sealed class Mount : IDisposable
{
    private Mount(string path) => Path = path;

    public string Path { get; }

    public static Mount Tmpfs(string path, int kilobytes) =>
        Create(path, ["-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path]);

    public static Mount ReadOnlyView(string source, string path) =>
        Create(path, ["--bind", "-o", "ro", source, path]);

    private static Mount Create(string path, string[] arguments)
    {
        Directory.CreateDirectory(path);
        var (exit, err) = Run("mount", arguments);
        if (exit != 0)
        {
            Assert.Skip($"cannot mount a test filesystem here (needs root): {err.Trim()}");
        }
        return new Mount(path);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", ["-l", Path]);
    }

    private static (int Exit, string Err) Run(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var err = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, err);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
