using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Contracts;
using StanceTracker.Data.Export;
using StanceTracker.Data.Queries;

namespace StanceTracker.Cli.Commands;

/// <summary><c>matrix --as-of DATE [--format table|json|csv]</c>: where each country stands on each topic.</summary>
internal static class MatrixCommand
{
    public static Command Create(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var asOf = ViewOptions.Date("--as-of", "The date the positions are read at (default: today)");
        var window = new Option<int?>("--window") { Description = "Days a statement stays current (default 365)", HelpName = "DAYS" };
        var format = ViewOptions.Format("table", "json", "csv");
        var command = new Command("matrix", "Country-by-topic stance matrix as of a date") { database, asOf, window, format };
        command.SetAction(parsed =>
        {
            var date = ViewOptions.ParseDate(parsed.GetValue(asOf), "--as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
            if (parsed.GetValue(window) is { } days && days is < 0 or > IMatrixQuery.MaxWindowDays)
            {
                throw new UsageException($"--window {days} must be a number of days from 0 to {IMatrixQuery.MaxWindowDays}");
            }
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var view = app.GetRequiredService<IMatrixQuery>().Get(date, parsed.GetValue(window));
            switch (parsed.GetValue(format))
            {
                case "json":
                    var countries = app.GetRequiredService<CountryDirectory>();
                    stdout.WriteLine(JsonSerializer.Serialize(MatrixResponse.Of(view, view.Cells, null, countries.Name), ContractJson.Indented));
                    break;
                case "csv":
                    Csv.WriteRow(stdout, ["country", .. view.Topics.Select(t => t.Id)]);
                    foreach (var country in view.Countries)
                    {
                        Csv.WriteRow(stdout, [country, .. view.Topics.Select(t => view.Cell(country, t.Id)?.Stance.ToId() ?? "")]);
                    }
                    break;
                default:
                    WriteTable(stdout, view);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter stdout, MatrixView view)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        console.MarkupLine($"Positions as of [bold]{IsoDate.Format(view.AsOf)}[/]: {view.Countries.Count} countries, {view.Cells.Count} of {view.Countries.Count * view.Topics.Count} cells filled");
        console.MarkupLine("[grey]+ support  ± open  ○ neutral  − oppose  · no statement  (! = speakers of the same country disagree)[/]");
        var table = new Table().AddColumn("Country");
        foreach (var topic in view.Topics)
        {
            table.AddColumn(Markup.Escape(Abbreviate(topic.Id)));
        }
        foreach (var country in view.Countries)
        {
            table.AddRow([Markup.Escape(country), .. view.Topics.Select(t => Symbol(view.Cell(country, t.Id)))]);
        }
        console.Write(table);
    }

    private static string Abbreviate(string topicId) => string.Concat(topicId.Split('-').Select(part => part[..Math.Min(3, part.Length)] + "-")).TrimEnd('-');

    private static string Symbol(MatrixCell? cell) => cell is null
        ? "·"
        : (cell.Stance switch { Stance.Support => "+", Stance.Open => "±", Stance.Neutral => "○", _ => "−" }) + (cell.Disagreement ? "!" : "");
}
