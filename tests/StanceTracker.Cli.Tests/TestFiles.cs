using System.Diagnostics;
using System.Text;

namespace StanceTracker.Cli.Tests;

/// <summary>A temporary folder for one test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "stancetracker-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Database => System.IO.Path.Combine(Path, "test.db");

    public string File(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string Bytes(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still hold a file for a moment; the OS temp cleaner gets it.
        }
    }
}

internal static class Articles
{
    /// <summary>An invented article in the front-matter format; the number makes its text unique.</summary>
    public static string FrontMatter(int number, string date = "2025-03-01") => $"""
        ---
        title: Test article {number}
        published: {date}
        source: Test Wire
        ---

        The foreign minister of Examplestan said on Monday that talks number {number} would continue next week.

        "We remain ready to talk," the minister told reporters after meeting {number}.
        """;
}

/// <summary>Runs the CLI in-process, capturing both streams.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApplication.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built CLI as a separate process (dotnet stancetracker.dll), for tests that must kill it.</summary>
    public static Process Start(params string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "stancetracker.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }
}

internal static class SharedFolder
{
    /// <summary>../shared beside the checkout, or null (tests that need it skip, saying why).</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "StanceTracker.sln")))
            {
                var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    public static string Require(string relative)
    {
        var shared = Find();
        if (shared is null)
        {
            Assert.Skip("../shared is not present beside the checkout; this test reads its corpus");
        }
        var path = System.IO.Path.Combine(shared, relative);
        if (!System.IO.File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"{path} is missing from ../shared");
        }
        return path;
    }
}
