using System.Diagnostics;
using System.Text.Json;
using StanceTracker.Data;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>
/// The CLI's JSON and the API's describe the same things, so they must use the same names: each is run on one
/// database and the property paths of their output compared (a renamed property on one side fails here).
/// </summary>
public sealed class CliApiContractTests : IDisposable
{
    private readonly DashboardFactory _factory = new();

    public CliApiContractTests() => SampleWorld.Seed(_factory.Database);

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Matrix_json_has_the_same_names_from_the_cli_and_the_api()
    {
        var api = await ApiAsync("/api/matrix?asOf=2025-03-01");
        var cli = await CliAsync("matrix", "--as-of", "2025-03-01", "--format", "json");
        Assert.Contains("cells[].speakerCount", api);
        Assert.Equal(api, cli);
    }

    [Fact]
    public async Task Timeline_and_shift_json_have_the_same_names_from_the_cli_and_the_api()
    {
        var api = await ApiAsync("/api/timeline?topic=troops-in-ukraine&country=FRA");
        var cli = await CliAsync("timeline", "--country", "FRA", "--topic", "troops-in-ukraine", "--format", "json");
        Assert.Contains("shifts[].before.statementId", api);
        Assert.Equal(api, cli);

        var shifts = await CliAsync("shifts", "--format", "json");
        var timelineShifts = api.Where(p => p.StartsWith("shifts[].", StringComparison.Ordinal)).Select(p => p["shifts".Length..]).ToHashSet();
        Assert.Equal(timelineShifts, shifts);
    }

    private async Task<SortedSet<string>> ApiAsync(string path)
    {
        using var client = _factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync(path, Cancel));
        return Paths(json.RootElement);
    }

    private async Task<SortedSet<string>> CliAsync(params string[] args)
    {
        var root = ProjectPaths.RepositoryRoot ?? throw new InvalidOperationException("not in a checkout");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "src", "StanceTracker.Cli", "bin", configuration, "net10.0", "stancetracker.dll"));
        foreach (var arg in args.Concat(["--db", _factory.DatabasePath]))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        Assert.True(process.ExitCode == 0, await error);
        using var json = JsonDocument.Parse(await output);
        return Paths(json.RootElement);
    }

    /// <summary>Every property path in the document (<c>cells[].speakerCount</c>), array items merged.</summary>
    private static SortedSet<string> Paths(JsonElement element)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(element, "", paths);
        return paths;
    }

    private static void Collect(JsonElement element, string prefix, SortedSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                    paths.Add(path);
                    Collect(property.Value, path, paths);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, prefix + "[]", paths);
                }
                break;
        }
    }
}
