using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests;

/// <summary>The real app on a temporary database file, optionally served by Kestrel for a real browser.</summary>
public sealed class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stancetracker-web-" + Guid.NewGuid().ToString("N")[..12]);

    public DashboardFactory(bool kestrel = false)
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "dashboard.db");
        if (kestrel)
        {
            // No port argument: UseKestrel(port) rewrites the server's addresses after the minimal app has started
            // binding on its own thread, which races and throws now and then (dotnet/aspnetcore#67714). The "urls"
            // setting below gives port 0 before the host is built.
            UseKestrel();
        }
    }

    public string DatabasePath { get; }

    /// <summary>The folder the factory deletes when disposed: tests may put their own files (a corpus, a data folder) in it.</summary>
    public string Folder => _folder;

    /// <summary>Options replacing those the command line would give, made from the database path (set before the host starts).</summary>
    public Func<string, StanceTracker.Web.Hosting.DashboardOptions>? Options { get; init; }

    public SqliteDatabase Database => Services.GetRequiredService<SqliteDatabase>();

    /// <summary>The address Kestrel listens on (after <see cref="WebApplicationFactory{T}.StartServer"/>).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("db", DatabasePath);
        // The tests seed their own invented world; the real catalogue would crowd its leader lists.
        builder.UseSetting("catalogue", "false");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // Test hosts classify with whatever a test gives them, not with a transformer found in data/models.
        builder.UseSetting("transformer", "off");
        builder.UseEnvironment("Development");
        if (Options is { } options)
        {
            builder.ConfigureServices(services => services.AddSingleton(options(DatabasePath)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
}
