using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using StanceTracker.Core.Articles;
using StanceTracker.Data;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary><c>ingest PATH... [--db FILE] [--published DATE] [--source NAME] [--queue]</c>: read, analyse and store articles, or with <c>--queue</c> only read them and leave the rest to workers.</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var paths = CommonOptions.Paths();
        var database = services.Database();
        var published = CommonOptions.Published();
        var source = new Option<string?>("--source") { Description = "Source name for files that name none", HelpName = "NAME" };
        var model = CommonOptions.Model(services.Models);
        var noClassify = new Option<bool>("--no-classify") { Description = "Store statements and speakers only, without topic and stance positions (faster bulk loads)" };
        var queue = new Option<bool>("--queue") { Description = "Only read the articles and queue them for 'stancetracker worker' processes to analyse" };
        var noDedup = new Option<bool>("--no-dedup")
        {
            Description = "Store wire copies (a statement re-published near-identically by other articles) as statements of their own, to measure what recognising them costs",
        };
        var command = new Command("ingest", "Read articles, extract their statements and store them in the database") { paths, database, published, source, noClassify, model, queue, noDedup };

        command.SetAction((parsed, cancellationToken) =>
        {
            var options = new ArticleReaderOptions
            {
                DefaultPublished = CommonOptions.ParsePublished(parsed.GetValue(published)),
                DefaultSource = parsed.GetValue(source),
            };
            var databasePath = parsed.GetValue(database)!;
            using var app = services.Build(databasePath, detectWireCopies: !parsed.GetValue(noDedup));
            OpenDatabase(app, databasePath);
            if (parsed.GetValue(queue))
            {
                if (parsed.GetValue(noClassify))
                {
                    throw new UsageException("--no-classify with --queue: the workers analyse, so give it to 'stancetracker worker'");
                }
                return Task.FromResult(Enqueue(app, parsed.GetValue(paths)!, options, databasePath, stdout, stderr, cancellationToken));
            }
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(
                !parsed.GetValue(noClassify), new InlineProgress<string>(stderr.WriteLine), CommonOptions.ParseModel(services.Models, parsed.GetValue(model)));
            var pipeline = new IngestPipeline(new ArticleIngestor(app.GetRequiredService<IArticleStore>(), analyzer), options);
            var summary = ProgressDisplay.Run(stderr, "Ingesting", progress => pipeline.Run(parsed.GetValue(paths)!, progress, cancellationToken));
            Report(summary, StoreEngines.Describe(databasePath), stdout, stderr);
            if (summary.DiskFull is { } full)
            {
                stderr.WriteLine($"error: the disk is full ({full}); stopped after {summary.Stored:N0} new article(s), every one stored whole. Free some space and run the same command again to finish.".ToString(CultureInfo.InvariantCulture));
                return Task.FromResult(ExitCodes.DiskFull);
            }
            return Task.FromResult(summary.Refused.Count > 0 || summary.Cancelled ? ExitCodes.InputRefused : ExitCodes.Ok);
        });
        return command;
    }

    // Reading is cheap next to analysis: the enqueuer reads every file here, and workers anywhere analyse from the store.
    private static int Enqueue(
        IServiceProvider app, IEnumerable<string> paths, ArticleReaderOptions options, string databasePath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var queue = app.GetRequiredService<IArticleQueueStore>();
        var enqueuer = new ArticleEnqueuer(app.GetRequiredService<IArticleStore>(), queue, options);
        var summary = ProgressDisplay.Run(stderr, "Queueing", progress => enqueuer.Run(paths, progress, cancellationToken));
        foreach (var error in summary.Refused)
        {
            stderr.WriteLine($"refused: {error}");
        }
        var c = CultureInfo.InvariantCulture;
        var counts = queue.Counts();
        stdout.WriteLine(string.Create(c, $"Queued {summary.Stored:N0} new article(s) of {summary.Read:N0} read from {summary.Files:N0} file(s) into {StoreEngines.Describe(databasePath)} in {summary.Elapsed.TotalSeconds:0.0} s"));
        stdout.WriteLine(string.Create(c, $"  stored or queued before  {summary.Duplicates,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  refused                  {summary.Refused.Count,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  waiting for a worker     {counts.Waiting,8:N0} (claimed now: {counts.Claimed:N0})"));
        if (summary.Cancelled)
        {
            stdout.WriteLine("Cancelled: what was queued stays queued; run the same command again to finish.");
        }
        return summary.Refused.Count > 0 || summary.Cancelled ? ExitCodes.InputRefused : ExitCodes.Ok;
    }

    /// <summary>The database of <paramref name="app"/>, opened for ingest; why it cannot be is the user's error, in one line.</summary>
    internal static IStanceStore OpenDatabase(IServiceProvider app, string path)
    {
        try
        {
            return app.GetRequiredService<IStanceStore>();
        }
        catch (StorageFullException e)
        {
            throw new DiskFullException(e.Message);
        }
        catch (DatabaseUnusableException e)
        {
            // Its message names the file already.
            throw new UsageException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or InvalidDataException)
        {
            throw new UsageException($"cannot open database '{StoreEngines.Describe(path)}': {e.Message.TrimEnd('.')}");
        }
    }

    private static void Report(IngestSummary summary, string databasePath, TextWriter stdout, TextWriter stderr)
    {
        foreach (var error in summary.Refused)
        {
            stderr.WriteLine($"refused: {error}");
        }
        foreach (var note in summary.Notes)
        {
            stderr.WriteLine($"note: {note}");
        }
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"Ingested {summary.Files:N0} file(s) into {databasePath} in {summary.Elapsed.TotalSeconds:0.0} s ({summary.Read / seconds:0} articles/s, {summary.Bytes / seconds / 1_000_000:0.0} MB/s)"));
        stdout.WriteLine(string.Create(c, $"  read        {summary.Read,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  new         {summary.Stored,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  duplicates  {summary.Duplicates,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  refused     {summary.Refused.Count,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  statements  {summary.Statements,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  positions   {summary.Positions,8:N0}"));
        stdout.WriteLine(string.Create(c, $"  wire copies {summary.WireCopies,8:N0} (statements stored once more as a source; {summary.WireCopyArticles:N0} article(s) held nothing else)"));
        if (summary.Skipped.Count > 0)
        {
            stdout.WriteLine($"  skipped     {summary.Skipped.Count,8:N0} (documentation or hidden files: {string.Join(", ", summary.Skipped.Select(Path.GetFileName).Take(5))})");
        }
        if (summary.Cancelled)
        {
            stdout.WriteLine("Cancelled: what was stored is complete; run the same command again to finish.");
        }
    }
}
