using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StanceTracker.Web.Tests.Hostile;

/// <summary>The dashboard as a user starts it: <c>dotnet StanceTracker.Web.dll</c> in a process of its own.</summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (_out)
            {
                _out.AppendLine(e.Data);
            }
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                _listening.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_err)
                {
                    _err.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; private init; } = new("http://127.0.0.1/");

    public string Out { get { lock (_out) { return _out.ToString(); } } }

    public string Err { get { lock (_err) { return _err.ToString(); } } }

    /// <summary>The Web project's own build output, beside this test's configuration.</summary>
    public static string BuiltDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = StanceTracker.Data.ProjectPaths.RepositoryRoot ?? throw new InvalidOperationException("not in a checkout");
        return Path.Combine(root, "src", "StanceTracker.Web", "bin", configuration, "net10.0", "StanceTracker.Web.dll");
    }

    public static AppProcess Start(string dll, string workingDirectory, params string[] args)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        return new AppProcess(Process.Start(start)!) { Address = new Uri($"http://127.0.0.1:{port}/") };
    }

    /// <summary>Waits until the app listens or exits; true when it listens.</summary>
    public async Task<bool> WaitListeningOrExitAsync(TimeSpan guard)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(guard));
        if (first == exited)
        {
            // Let the output readers drain.
            _process.WaitForExit();
        }
        return first == _listening.Task;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
