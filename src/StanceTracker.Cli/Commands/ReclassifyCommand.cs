using System.CommandLine;
using System.Globalization;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data.Ingestion;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>reclassify [--db FILE] [--model ID]</c>: classify again the stored articles another model classified
/// (after training the transformer, say), keeping reviewed positions.
/// </summary>
internal static class ReclassifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StanceModelRegistry models)
    {
        var database = CommonOptions.Database();
        var model = CommonOptions.Model(models);
        var command = new Command("reclassify", "Classify again the stored articles another model classified; reviewed positions are kept") { database, model };
        command.SetAction((parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(database)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"--db '{path}': no such database");
            }
            var db = IngestCommand.OpenDatabase(path);
            var chosen = CommonOptions.ParseModel(models, parsed.GetValue(model));
            var analyzer = DatabaseSetup.CreateAnalyzer(classify: true, new InlineProgress<string>(stderr.WriteLine), models, chosen);
            var version = DatabaseSetup.LoadClassifier(models, chosen).Version;
            var lastTenth = -1;
            var summary = new Reclassification(db, analyzer, version).Run(new InlineProgress<ReclassificationProgress>(p =>
            {
                if (p.Done * 10 / Math.Max(1, p.Total) > lastTenth)
                {
                    lastTenth = p.Done * 10 / Math.Max(1, p.Total);
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Done:N0}/{p.Total:N0} articles"));
                }
            }), cancellationToken);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Classified {summary.Articles:N0} article(s) again with {version} in {summary.Duration.TotalSeconds:0.0} s: {summary.Positions:N0} positions"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
