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

/// <summary><c>timeline (--actor NAME | --country ISO3) --topic ID</c>: positions over time and the shifts between them.</summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var actor = new Option<string?>("--actor") { Description = "Actor id, name or alias (e.g. 'Keir Starmer', 'Starmer')", HelpName = "NAME" };
        var country = new Option<string?>("--country") { Description = "Country code (ISO 3166-1 alpha-3, or NATO, EU, UN)", HelpName = "ISO3" };
        var topic = new Option<string>("--topic") { Description = "Topic id", Required = true, HelpName = "ID" };
        var format = ViewOptions.Format("table", "json", "csv");
        var command = new Command("timeline", "An actor's or a country's positions on a topic over time, with shifts") { database, actor, country, topic, format };
        command.SetAction(parsed =>
        {
            var (actorName, countryCode) = (parsed.GetValue(actor), parsed.GetValue(country));
            if ((actorName is null) == (countryCode is null))
            {
                throw new UsageException("give exactly one of --actor NAME or --country ISO3");
            }
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var query = app.GetRequiredService<ITimelineQuery>();
            var topicId = parsed.GetValue(topic)!;
            Timeline timeline;
            if (actorName is not null)
            {
                var keys = query.FindActorKeys(actorName);
                if (keys.Count == 0)
                {
                    throw new UsageException($"no actor or speaker called '{actorName}'");
                }
                if (keys.Count > 1)
                {
                    throw new UsageException($"'{actorName}' is ambiguous: {string.Join(", ", keys)}; give the id");
                }
                timeline = query.ForActor(keys[0], topicId);
            }
            else
            {
                timeline = query.ForCountry(countryCode!.Trim().ToUpperInvariant(), topicId);
            }
            Write(stdout, timeline, parsed.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter stdout, Timeline timeline, string format)
    {
        switch (format)
        {
            case "json":
                stdout.WriteLine(JsonSerializer.Serialize(TimelineResponse.Of(timeline), ContractJson.Indented));
                break;
            case "csv":
                Csv.WriteRow(stdout, ["date", "speaker", "country", "stance", "confidence", "reviewed", "text", "article_title", "url"]);
                foreach (var step in timeline.Steps)
                {
                    var e = step.Evidence;
                    Csv.WriteRow(stdout, [e.Date, e.SpeakerName, e.Country, e.Stance.ToId(), e.Confidence, e.Reviewed, e.Text, e.ArticleTitle, e.Url]);
                }
                break;
            default:
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
                console.MarkupLine($"[bold]{Markup.Escape(timeline.SubjectName)}[/] on [bold]{Markup.Escape(timeline.TopicId)}[/]: {timeline.Steps.Count} position(s), {timeline.Shifts.Count} shift(s)");
                var table = new Table().AddColumns("Date", "Stance", "Speaker", "Statement");
                foreach (var step in timeline.Steps)
                {
                    var e = step.Evidence;
                    var shift = timeline.Shifts.FirstOrDefault(s => s.After.StatementId == e.StatementId);
                    table.AddRow(
                        IsoDate.Format(e.Date),
                        Markup.Escape(e.Stance.ToId() + (shift is null ? "" : $"  ◆ {shift.Kind.ToString().ToLowerInvariant()}")),
                        Markup.Escape(e.SpeakerName),
                        Markup.Escape(e.Text));
                }
                console.Write(table);
                break;
        }
    }
}
