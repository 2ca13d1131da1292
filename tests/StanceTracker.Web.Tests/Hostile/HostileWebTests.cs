using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace StanceTracker.Web.Tests.Hostile;

/// <summary>Faults a first-week user meets at the dashboard: empty databases, bad addresses, framing, newer files, published builds.</summary>
public sealed partial class HostileWebTests : IDisposable
{
    private readonly DashboardFactory _factory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-hostile-" + Guid.NewGuid().ToString("N")[..12]);

    public HostileWebTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Training_export_of_a_database_without_reviews_is_a_header_line()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/api/reviews/training.tsv", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("topic\tstance\ttext\n", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/matrix?asOf=notadate", "notadate")]
    [InlineData("/matrix?window=-5", "-5")]
    [InlineData("/matrix?window=lots", "lots")]
    public async Task A_matrix_address_with_a_bad_value_says_so_on_the_page(string address, string value)
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(address, Cancel);

        var at = html.IndexOf("data-testid=\"matrix-address-error\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "the page carries a notice about the address");
        Assert.Contains(WebUtility.HtmlEncode(value), html.Substring(at, Math.Min(3000, html.Length - at)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/matrix")]
    [InlineData("/api/matrix")]
    [InlineData("/not-a-page")]
    public async Task Every_response_forbids_framing_and_sniffing(string address)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(address, Cancel);

        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_on_a_database_from_a_newer_version_exits_2_with_one_line()
    {
        var database = Path.Combine(_folder, "newer.db");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t(x); PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        using var app = AppProcess.Start(AppProcess.BuiltDll(), _folder, "--db", database);

        Assert.False(await app.WaitListeningOrExitAsync(TimeSpan.FromSeconds(90)), "the dashboard refused to start");
        Assert.True(app.HasExited);
        Assert.Equal(2, app.ExitCode);
        var lines = app.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"one line on standard error, got:\n{app.Err}\n{app.Out}");
        Assert.Contains("newer", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Out + app.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_build_serves_its_static_assets_from_any_working_directory()
    {
        var root = StanceTracker.Data.ProjectPaths.RepositoryRoot!;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var published = Path.Combine(_folder, "publish");
        var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "StanceTracker.Web"), "-c", configuration, "--no-build", "-o", published])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var publishOutput = await publish.StandardOutput.ReadToEndAsync(Cancel);
        await publish.WaitForExitAsync(Cancel);
        Assert.True(publish.ExitCode == 0, publishOutput);

        // From the checkout (where the issue was found) and from an unrelated folder.
        foreach (var workingDirectory in new[] { root, _folder })
        {
            using var app = AppProcess.Start(Path.Combine(published, "StanceTracker.Web.dll"), workingDirectory, "--db", Path.Combine(_folder, "published.db"));
            Assert.True(await app.WaitListeningOrExitAsync(TimeSpan.FromSeconds(90)), $"the app listens:\n{app.Out}\n{app.Err}");
            using var client = new HttpClient { BaseAddress = app.Address };
            var html = await client.GetStringAsync("/matrix", Cancel);
            var assets = AssetReference().Matches(html).Select(m => m.Groups["href"].Value).ToList();
            Assert.NotEmpty(assets);
            foreach (var asset in assets)
            {
                var bytes = await client.GetByteArrayAsync(asset, Cancel);
                Assert.True(bytes.Length > 0, $"{asset} is served with content from {workingDirectory}");
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"(?<href>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex AssetReference();
}
