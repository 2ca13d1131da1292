using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>reclassify [--db FILE] [--model ID]</c>: classify again the stored articles another model classified
/// (after training the transformer, say), keeping reviewed positions.
/// </summary>
internal static class ReclassifyCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var database = services.Database();
        var model = CommonOptions.Model(services.Models);
        var command = new Command("reclassify", "Classify again the stored articles another model classified; reviewed positions are kept") { database, model };
        command.SetAction((parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(database)!;
            if (!StoreEngines.MayExist(path))
            {
                throw new UsageException($"--db '{path}': no such database");
            }
            using var app = services.Build(path);
            IngestCommand.OpenDatabase(app, path);
            var chosen = CommonOptions.ParseModel(services.Models, parsed.GetValue(model));
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(classify: true, new InlineProgress<string>(stderr.WriteLine), chosen);
            var reclassification = new Reclassification(app.GetRequiredService<IReclassificationStore>(), analyzer);
            var version = reclassification.ClassifiedBy;
            var lastTenth = -1;
            var summary = reclassification.Run(new InlineProgress<ReclassificationProgress>(p =>
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
