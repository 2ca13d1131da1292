using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>watch --db CONNECTION [--once] [--model M] [--no-classify]</c>: polls the news sources as they fall due, one line
/// per poll, until Ctrl+C (or once). Exit code with <c>--once</c>: 1 when a source failed, so a cron job notices.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var database = services.Database();
        var model = CommonOptions.Model(services.Models);
        var noClassify = new Option<bool>("--no-classify") { Description = "Store statements and speakers only, without topic and stance positions" };
        var once = new Option<bool>("--once") { Description = "Poll the sources due now, then stop (for cron); exit code 1 when one failed" };
        var command = new Command("watch", "Poll the news sources ('sources add') as they fall due and store their new articles, until Ctrl+C")
        {
            database, model, noClassify, once,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var databasePath = parsed.GetValue(database)!;
            if (!StoreEngines.MayExist(databasePath))
            {
                throw new UsageException($"no database at '{databasePath}' (add a source first with 'stancetracker sources add URL --db {databasePath}')");
            }
            using var app = services.Build(databasePath);
            IngestCommand.OpenDatabase(app, databasePath);
            var sources = app.GetRequiredService<INewsSourceStore>();
            if (sources.List().Count == 0)
            {
                throw new UsageException($"no news sources in {StoreEngines.Describe(databasePath)}: add one with 'stancetracker sources add URL-OR-FOLDER'");
            }
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(
                !parsed.GetValue(noClassify), new InlineProgress<string>(stderr.WriteLine), CommonOptions.ParseModel(services.Models, parsed.GetValue(model)));
            using var poller = new SourcePoller(
                sources,
                new ArticleIngestor(app.GetRequiredService<IArticleStore>(), analyzer),
                app.GetRequiredService<FeedHttp>(),
                app.GetRequiredService<SourcePollerOptions>(),
                app.GetRequiredService<TimeProvider>());
            var runOnce = parsed.GetValue(once);
            stderr.WriteLine($"watch on {StoreEngines.Describe(databasePath)}: {sources.List().Count} source(s){(runOnce ? "; polls those due now, then stops" : "; Ctrl+C stops it")}");
            var failed = 0;
            var polls = 0;
            void Polled(SourcePollResult result)
            {
                polls++;
                failed += result.Record.Succeeded ? 0 : 1;
                stdout.WriteLine(NewsSourceStatus.PollLine(result));
            }
            try
            {
                await poller.WatchAsync(Polled, runOnce, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("watch stopped; the source being polled keeps what it stored and stays due.");
                return ExitCodes.Ok;
            }
            if (polls == 0 && poller.NextDue() is { } next)
            {
                stdout.WriteLine($"No source is due; the next is due at {NewsSourceStatus.When(next)}.");
            }
            return failed > 0 ? ExitCodes.InputRefused : ExitCodes.Ok;
        });
        return command;
    }
}
