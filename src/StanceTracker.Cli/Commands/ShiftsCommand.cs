using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Contracts;
using StanceTracker.Data.Export;
using StanceTracker.Data.Queries;

namespace StanceTracker.Cli.Commands;

/// <summary><c>shifts [--since DATE] [--topic ID]</c>: changes of position by actors and countries, newest first.</summary>
internal static class ShiftsCommand
{
    public static Command Create(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var since = ViewOptions.Date("--since", "Only shifts on or after this date");
        var topic = new Option<string?>("--topic") { Description = "Only this topic", HelpName = "ID" };
        var format = ViewOptions.Format("table", "json", "csv");
        var command = new Command("shifts", "Position shifts of actors and countries, with the statements before and after") { database, since, topic, format };
        command.SetAction(parsed =>
        {
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var shifts = app.GetRequiredService<IShiftQuery>()
                .Find(ViewOptions.ParseDate(parsed.GetValue(since), "--since"), parsed.GetValue(topic));
            switch (parsed.GetValue(format))
            {
                case "json":
                    stdout.WriteLine(JsonSerializer.Serialize(shifts.Select(ShiftResponse.Of), ContractJson.Indented));
                    break;
                case "csv":
                    Csv.WriteRow(stdout, ["date", "subject", "topic", "kind", "from", "to", "before_date", "before_speaker", "before_text", "after_speaker", "after_text"]);
                    foreach (var s in shifts)
                    {
                        Csv.WriteRow(stdout, [s.Date, s.Subject, s.TopicId, s.Kind.ToString().ToLowerInvariant(), s.From.ToId(), s.To.ToId(),
                            s.Before.Date, s.Before.SpeakerName, s.Before.Text, s.After.SpeakerName, s.After.Text]);
                    }
                    break;
                default:
                    var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
                    console.MarkupLine($"{shifts.Count} shift(s)");
                    var table = new Table().AddColumns("Date", "Who", "Topic", "Shift", "Before", "After");
                    foreach (var s in shifts)
                    {
                        table.AddRow(
                            IsoDate.Format(s.Date),
                            Markup.Escape(s.Subject.StartsWith("name:", StringComparison.Ordinal) ? s.After.SpeakerName : s.Subject),
                            Markup.Escape(s.TopicId),
                            Markup.Escape($"{s.Kind.ToString().ToLowerInvariant()}: {s.From.ToId()} → {s.To.ToId()}"),
                            Markup.Escape($"{IsoDate.Format(s.Before.Date)} {s.Before.SpeakerName}: {s.Before.Text}"),
                            Markup.Escape($"{s.After.SpeakerName}: {s.After.Text}"));
                    }
                    console.Write(table);
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
