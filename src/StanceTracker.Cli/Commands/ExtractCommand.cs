using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using StanceTracker.Cli.Output;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Contracts;
using StanceTracker.Data.Ingestion;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Cli.Commands;

/// <summary><c>extract PATH... [--published DATE] [--format json|jsonl|table]</c>: analyse without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl", HelpName = "json|jsonl|table" };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var model = CommonOptions.Model(services.Models);
        var noClassify = new Option<bool>("--no-classify") { Description = "Statements and speakers only, without topic and stance positions" };
        var command = new Command("extract", "Print the statements, speakers and positions found in articles, storing nothing") { paths, published, format, noClassify, model };

        command.SetAction(parsed =>
        {
            var reader = new ArticleReader(new ArticleReaderOptions { DefaultPublished = CommonOptions.ParsePublished(parsed.GetValue(published)) });
            using var app = services.Build();
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(
                !parsed.GetValue(noClassify), new InlineProgress<string>(stderr.WriteLine), CommonOptions.ParseModel(services.Models, parsed.GetValue(model)));
            var inputs = ArticleReader.Expand(parsed.GetValue(paths)!);
            var records = new List<ExtractRecord>();
            var failures = 0;
            var output = parsed.GetValue(format)!;

            void Emit(ExtractRecord record)
            {
                if (record.Error is not null)
                {
                    failures++;
                    stderr.WriteLine($"refused: {record.File}: {record.Error}");
                }
                switch (output)
                {
                    case "jsonl":
                        stdout.WriteLine(JsonSerializer.Serialize(record, ContractJson.Compact));
                        break;
                    case "json":
                        records.Add(record);
                        break;
                    default:
                        WriteTable(stdout, record);
                        break;
                }
            }

            void Analyse(Article article, string path)
            {
                AnalysedArticle analysed;
                try
                {
                    analysed = analyzer.Analyse(article);
                }
                catch (ArticleRefusedException e)
                {
                    Emit(ExtractRecord.Failed(article.Origin, e.Message));
                    return;
                }
                if (LanguageCheck.NoStatementsNote(article, analysed.Statements.Count) is { } note)
                {
                    stderr.WriteLine($"note: {article.Origin}: {note}");
                }
                Emit(ExtractRecord.From(path, analysed));
            }

            foreach (var error in inputs.Errors)
            {
                Emit(ExtractRecord.Failed(error.Origin, error.Reason));
            }
            foreach (var file in inputs.Files)
            {
                foreach (var result in reader.ReadFile(file.Path))
                {
                    if (result.Error is { } error)
                    {
                        Emit(ExtractRecord.Failed(error.Origin, error.Reason));
                    }
                    else
                    {
                        Analyse(result.Article!, file.Path);
                    }
                }
            }
            if (output == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(records, ContractJson.Indented));
            }
            return failures > 0 ? ExitCodes.InputRefused : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter stdout, ExtractRecord record)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.Detect });
        if (record.Error is not null)
        {
            console.MarkupLine($"[red]{Markup.Escape(record.File)}[/]: {Markup.Escape(record.Error)}");
            return;
        }
        console.MarkupLine($"[bold]{Markup.Escape(record.Article!.Title)}[/] ({record.Article.Published}, {Markup.Escape(record.Article.Source ?? "no source")}) — {Markup.Escape(record.File)}");
        if (record.Statements is not { Count: > 0 })
        {
            console.MarkupLine("  [grey]no statements found[/]");
            return;
        }
        var table = new Table().AddColumns("Speaker", "Country", "Kind", "Statement", "Positions");
        foreach (var s in record.Statements)
        {
            table.AddRow(
                Markup.Escape(s.Speaker.Name),
                Markup.Escape(s.Speaker.Country ?? ""),
                s.Kind,
                Markup.Escape(s.Text),
                Markup.Escape(string.Join(", ", s.Positions.Select(p => $"{p.Topic}: {p.Stance} ({p.Confidence:0.00})"))));
        }
        console.Write(table);
    }
}
