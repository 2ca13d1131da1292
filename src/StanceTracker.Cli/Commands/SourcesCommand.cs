using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>sources add|list|remove</c>: the RSS/Atom feeds and watch folders that <c>watch</c> and the dashboard poll for
/// new articles, with each one's status.
/// </summary>
internal static class SourcesCommand
{
    public static Command Create(TextWriter stdout, CommandServices services)
    {
        return new Command("sources", "Manage the news feeds and watch folders polled by 'watch' and the dashboard")
        {
            Add(stdout, services),
            List(stdout, services),
            Remove(stdout, services),
        };
    }

    private static Command Add(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var location = new Argument<string>("URL-OR-FOLDER") { Description = "An RSS or Atom feed's http(s) address, or a folder of article files" };
        var name = new Option<string?>("--name") { Description = "The name shown in lists (default: the address's host and path, or the folder's name)", HelpName = "NAME" };
        var every = new Option<string>("--every")
        {
            Description = $"How often to poll it: a number and s, m, h or d, from {NewsSourceRules.Format(NewsSourceRules.MinInterval)} to {NewsSourceRules.Format(NewsSourceRules.MaxInterval)}",
            DefaultValueFactory = _ => NewsSourceRules.Format(NewsSourceRules.DefaultInterval),
            HelpName = "INTERVAL",
        };
        var command = new Command("add", "Add a feed or a watch folder; it is due at once") { location, name, every, database };
        command.SetAction(parsed =>
        {
            var text = parsed.GetValue(every);
            if (!NewsSourceRules.TryParseInterval(text, out var interval))
            {
                throw new UsageException($"--every '{text}': expected a number and a unit, e.g. 90s, 30m, 2h or 1d");
            }
            var databasePath = parsed.GetValue(database)!;
            using var app = services.Build(databasePath);
            IngestCommand.OpenDatabase(app, databasePath);
            NewsSource added;
            try
            {
                added = app.GetRequiredService<INewsSourceStore>().Add(parsed.GetValue(location)!, parsed.GetValue(name), interval, DateTimeOffset.UtcNow);
            }
            catch (Exception e) when (e is NewsSourceExistsException or ArgumentException)
            {
                throw new UsageException(e is ArgumentException a ? a.Message.Split(" (Parameter", 2)[0] : e.Message);
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Added source #{added.Id} {added.Name} ({Kind(added)} {added.Location}), polled every {NewsSourceRules.Format(added.Interval)}: run 'stancetracker watch' or the dashboard to poll it."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var command = new Command("list", "List the sources with their status: last success, last error, articles added, next poll") { database };
        command.SetAction(parsed =>
        {
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var sources = app.GetRequiredService<INewsSourceStore>().List();
            if (sources.Count == 0)
            {
                stdout.WriteLine("No sources yet: add a feed with 'stancetracker sources add https://example.org/feed.xml' or a folder with 'stancetracker sources add FOLDER'.");
                return ExitCodes.Ok;
            }
            var now = DateTimeOffset.UtcNow;
            var c = CultureInfo.InvariantCulture;
            foreach (var source in sources)
            {
                stdout.WriteLine(string.Create(c, $"#{source.Id} {source.Name} ({Kind(source)}, every {NewsSourceRules.Format(source.Interval)}): {NewsSourceStatus.State(source)}"));
                stdout.WriteLine($"    location      {source.Location}");
                stdout.WriteLine($"    last success  {NewsSourceStatus.LastSuccess(source)}");
                stdout.WriteLine($"    last error    {NewsSourceStatus.LastError(source)}");
                stdout.WriteLine($"    added         {NewsSourceStatus.Added(source)}");
                stdout.WriteLine($"    next poll     {NewsSourceStatus.NextPoll(source, now)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var which = new Argument<string>("ID-OR-LOCATION") { Description = "The source's number in 'sources list', or its address or folder" };
        var command = new Command("remove", "Stop polling a source; the articles it added stay") { which, database };
        command.SetAction(parsed =>
        {
            var databasePath = parsed.GetValue(database)!;
            if (!StoreEngines.MayExist(databasePath))
            {
                throw new UsageException($"no database at '{databasePath}'");
            }
            using var app = services.Build(databasePath);
            var store = app.GetRequiredService<INewsSourceStore>();
            var given = parsed.GetValue(which)!;
            var source = Find(store, given)
                ?? throw new UsageException($"no source '{given}' ('stancetracker sources list' shows them)");
            store.Remove(source.Id);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Removed source #{source.Id} {source.Name}; the {source.ArticlesAdded:N0} article(s) it added stay."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static NewsSource? Find(INewsSourceStore store, string given)
    {
        var text = given.Trim().TrimStart('#');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return store.Find(id);
        }
        return store.FindByLocation(given);
    }

    private static string Kind(NewsSource source) => source.Kind == NewsSourceKind.Feed ? "feed" : "folder";
}
