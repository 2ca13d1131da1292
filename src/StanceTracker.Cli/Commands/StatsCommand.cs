using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Queries;

namespace StanceTracker.Cli.Commands;

/// <summary><c>stats [--db FILE]</c>: what the database holds.</summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var database = services.Database();
        var command = new Command("stats", "Show what the database holds") { database };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(database)!;
            using var app = services.ReadExisting(path);
            var stats = app.GetRequiredService<IStatsQuery>().Get();
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine($"Database    {StoreEngines.Describe(path)} (schema v{stats.SchemaVersion}, {stats.FileBytes / 1_000_000.0:0.0} MB)".ToString(c));
            stdout.WriteLine(string.Create(c, $"Articles    {stats.Articles,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Sources     {stats.Sources,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Statements  {stats.Statements,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Positions   {stats.Positions,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Actors      {stats.Actors,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Topics      {stats.Topics,10:N0}"));
            stdout.WriteLine(string.Create(c, $"Reviews     {stats.Reviews,10:N0}"));
            stdout.WriteLine(stats.Earliest is { } first && stats.Latest is { } last
                ? $"Dates       {IsoDate.Format(first)} to {IsoDate.Format(last)}"
                : "Dates       (no articles)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
