using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Contracts;
using StanceTracker.Data.Export;
using StanceTracker.Data.Queries;

namespace StanceTracker.Cli.Commands;

/// <summary><c>export --format csv|json [--out FILE] [--topic ID] [--country ISO3]</c>: every position with its statement and source.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var format = ViewOptions.Format("csv", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var topic = new Option<string?>("--topic") { Description = "Only this topic", HelpName = "ID" };
        var country = new Option<string?>("--country") { Description = "Only this country", HelpName = "ISO3" };
        var command = new Command("export", "Export positions with their statements, speakers and sources (reviews applied)") { database, format, output, topic, country };
        command.SetAction(parsed =>
        {
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var rows = app.GetRequiredService<IExportQuery>().Positions(parsed.GetValue(topic), parsed.GetValue(country)?.ToUpperInvariant());
            var path = parsed.GetValue(output);
            // Written to a temporary file and moved into place, so a failed export never leaves half a file behind.
            var temporary = path is null ? null : path + ".partial";
            using (var writer = temporary is null ? null : new StreamWriter(temporary))
            {
                var target = writer ?? stdout;
                if (parsed.GetValue(format) == "json")
                {
                    target.WriteLine(JsonSerializer.Serialize(rows, ContractJson.Indented));
                }
                else
                {
                    Csv.WriteRow(target, ExportRow.Columns);
                    foreach (var row in rows)
                    {
                        Csv.WriteRow(target, row.Cells());
                    }
                }
            }
            if (temporary is not null)
            {
                File.Move(temporary, path!, overwrite: true);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
