using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data.Composition;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// The data folder and model kinds the CLI runs with, and the application's services for one command, composed as the
/// dashboard composes them (<see cref="StanceTrackerServices"/>) on the database that command was given.
/// </summary>
internal sealed class CommandServices(DataPaths paths, StanceModelRegistry models)
{
    public DataPaths Paths => paths;

    public StanceModelRegistry Models => models;

    public Option<string> Database() => new("--db")
    {
        Description = $"SQLite database file, or a PostgreSQL connection string (Host=...) for the team store (default: {Path.GetRelativePath(Directory.GetCurrentDirectory(), paths.DefaultDatabase)})",
        DefaultValueFactory = _ => paths.DefaultDatabase,
        HelpName = "FILE",
    };

    /// <summary>Services whose database (<paramref name="databasePath"/>, or the default) is opened for ingest when first asked for.</summary>
    /// <param name="detectWireCopies">False stores wire copies as statements of their own (<c>ingest --no-dedup</c>, to measure the cost).</param>
    public ServiceProvider Build(string? databasePath = null, bool detectWireCopies = true) =>
        Build(new StanceTrackerOptions(paths.DataDirectory) { DatabasePath = databasePath, Models = models, DetectWireCopies = detectWireCopies });

    /// <summary>
    /// Services on an existing database, opened read-only: reading commands never create an empty one by mistake, and
    /// work on read-only media.
    /// </summary>
    public ServiceProvider ReadExisting(string databasePath)
    {
        if (!StoreEngines.MayExist(databasePath))
        {
            throw new UsageException($"no database at '{databasePath}' (create one with 'stancetracker ingest PATH --db {databasePath}')");
        }
        return Build(new StanceTrackerOptions(paths.DataDirectory) { DatabasePath = databasePath, ReadOnly = true, Models = models });
    }

    private static ServiceProvider Build(StanceTrackerOptions options) => new ServiceCollection().AddStanceTracker(options).BuildServiceProvider();
}
