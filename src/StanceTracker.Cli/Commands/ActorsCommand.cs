using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;

namespace StanceTracker.Cli.Commands;

/// <summary><c>actors suggest [--db FILE] [--min N] [--limit N]</c>: frequent speakers the catalogue does not know yet.</summary>
internal static class ActorsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var database = services.Database();
        var min = new Option<int>("--min") { Description = "Only speakers with at least this many statements", DefaultValueFactory = _ => 2, HelpName = "N" };
        var limit = new Option<int>("--limit") { Description = "At most this many speakers", DefaultValueFactory = _ => 50, HelpName = "N" };
        min.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--min must be at least 1");
            }
        });
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be at least 1");
            }
        });
        var suggest = new Command("suggest", "List frequent speakers that are not in data/actors.json, with their titles and countries") { database, min, limit };
        suggest.SetAction(parsed =>
        {
            var path = parsed.GetValue(database)!;
            if (!StoreEngines.MayExist(path))
            {
                stderr.WriteLine($"error: no database at '{path}' (create one with 'stancetracker ingest PATH --db {path}')");
                return ExitCodes.UsageError;
            }
            using var app = services.ReadExisting(path);
            var speakers = app.GetRequiredService<IUnknownSpeakersQuery>().Frequent(parsed.GetValue(min), parsed.GetValue(limit));
            if (speakers.Count == 0)
            {
                stdout.WriteLine($"No unknown speaker has {parsed.GetValue(min)} or more statements.");
                return ExitCodes.Ok;
            }
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"{"Statements",10}  {"Articles",8}  {"Speaker",-32}  {"Country",-12}  {"Roles",-40}  Dates"));
            foreach (var s in speakers)
            {
                stdout.WriteLine(string.Create(c, $"{s.Statements,10}  {s.Articles,8}  {Cut(s.Name, 32),-32}  {Cut(s.Countries ?? "", 12),-12}  {Cut(s.Roles ?? "", 40),-40}  {s.FirstDate} to {s.LastDate}"));
            }
            stdout.WriteLine($"Add the ones that matter to data/actors.json (id, name, aliases, gender, terms); re-ingest to attribute them.");
            return ExitCodes.Ok;
        });
        return new Command("actors", "Work with the actor catalogue") { suggest };
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "\u2026";
}
