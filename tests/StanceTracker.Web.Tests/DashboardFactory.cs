using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data;

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
            UseKestrel(0);
        }
    }

    public string DatabasePath { get; }

    public StanceDatabase Database => Services.GetRequiredService<StanceDatabase>();

    /// <summary>The address Kestrel listens on (after <see cref="WebApplicationFactory{T}.StartServer"/>).</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("db", DatabasePath);
        // The tests seed their own invented world; the real catalogue would crowd its leader lists.
        builder.UseSetting("catalogue", "false");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Development");
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
