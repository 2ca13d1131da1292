using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>worker --db CONNECTION [--drain] [--claim-timeout SECONDS] [--batch N] [--name NAME]</c>: analyses the articles
/// <c>ingest --queue</c> put in the store's queue; run one per machine (or several) against the same PostgreSQL.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var database = services.Database();
        var model = CommonOptions.Model(services.Models);
        var noClassify = new Option<bool>("--no-classify") { Description = "Store statements and speakers only, without topic and stance positions" };
        var drain = new Option<bool>("--drain") { Description = "Stop when the queue is empty instead of waiting for more" };
        var claimTimeout = new Option<int>("--claim-timeout")
        {
            Description = "Seconds after which an article claimed by a worker that never finished it is handed out again",
            DefaultValueFactory = _ => (int)IArticleQueueStore.DefaultClaimTimeout.TotalSeconds,
            HelpName = "SECONDS",
        };
        var batch = new Option<int>("--batch") { Description = "Articles claimed at a time", DefaultValueFactory = _ => new QueueWorkerOptions().BatchSize, HelpName = "N" };
        var name = new Option<string?>("--name") { Description = "This worker's name in claims (default: host:process)", HelpName = "NAME" };
        var command = new Command("worker", "Analyse and store the articles queued by 'ingest --queue'; several workers may share one store")
        {
            database, model, noClassify, drain, claimTimeout, batch, name,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var timeout = parsed.GetValue(claimTimeout);
            if (timeout < 1)
            {
                throw new UsageException($"--claim-timeout {timeout} must be at least 1 second");
            }
            var size = parsed.GetValue(batch);
            if (size is < 1 or > 1000)
            {
                throw new UsageException($"--batch {size} must be from 1 to 1000");
            }
            var databasePath = parsed.GetValue(database)!;
            using var app = services.Build(databasePath);
            IngestCommand.OpenDatabase(app, databasePath);
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(
                !parsed.GetValue(noClassify), new InlineProgress<string>(stderr.WriteLine), CommonOptions.ParseModel(services.Models, parsed.GetValue(model)));
            var defaults = new QueueWorkerOptions();
            var options = defaults with
            {
                Name = parsed.GetValue(name) is { Length: > 0 } given ? given : defaults.Name,
                BatchSize = size,
                ClaimTimeout = TimeSpan.FromSeconds(timeout),
                StopWhenEmpty = parsed.GetValue(drain),
            };
            var queue = app.GetRequiredService<IArticleQueueStore>();
            var worker = new QueueWorker(queue, new ArticleIngestor(app.GetRequiredService<IArticleStore>(), analyzer), options);
            var c = CultureInfo.InvariantCulture;
            stderr.WriteLine(string.Create(c, $"worker {options.Name} on {StoreEngines.Describe(databasePath)}: {queue.Counts().Waiting:N0} article(s) waiting{(options.StopWhenEmpty ? "; stops when the queue is empty" : "; Ctrl+C stops it")}"));
            var summary = worker.Run(new InlineProgress<QueueWorkerProgress>(done => stderr.WriteLine(Line(done))), cancellationToken);
            var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
            stdout.WriteLine(string.Create(c, $"Worker {options.Name} finished {summary.Stored + summary.Duplicates + summary.Refused:N0} article(s) in {summary.Elapsed.TotalSeconds:0.0} s ({(summary.Stored + summary.Duplicates) / seconds:0.0} articles/s)"));
            stdout.WriteLine(string.Create(c, $"  new         {summary.Stored,8:N0}"));
            stdout.WriteLine(string.Create(c, $"  duplicates  {summary.Duplicates,8:N0}"));
            stdout.WriteLine(string.Create(c, $"  refused     {summary.Refused,8:N0}"));
            stdout.WriteLine(string.Create(c, $"  statements  {summary.Statements,8:N0}"));
            stdout.WriteLine(string.Create(c, $"  positions   {summary.Positions,8:N0}"));
            if (summary.DiskFull is { } full)
            {
                stderr.WriteLine($"error: the disk is full ({full}); the worker stopped and handed its claims back.");
                return Task.FromResult(ExitCodes.DiskFull);
            }
            return Task.FromResult(summary.Refused > 0 ? ExitCodes.InputRefused : ExitCodes.Ok);
        });
        return command;
    }

    private static string Line(QueueWorkerProgress done)
    {
        var what = done.Outcome.Refusal is { } reason ? $"refused: {reason}"
            : done.Outcome.Duplicate ? "already stored"
            : $"stored, {done.Outcome.Statements} statement(s)";
        return $"  {done.Article.Article.Origin}: {what}";
    }
}
