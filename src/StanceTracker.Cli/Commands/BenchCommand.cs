using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Composition;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>bench extract PATH... [--cores N] [--published DATE]</c>: reads the articles first, then times extraction and
/// attribution alone (no reading, no database), on one core unless told otherwise.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var paths = CommonOptions.Paths();
        var published = CommonOptions.Published();
        var cores = new Option<int>("--cores") { Description = "Threads to analyse with", DefaultValueFactory = _ => 1, HelpName = "N" };
        cores.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--cores must be at least 1");
            }
        });
        var extract = new Command("extract", "Time statement extraction and speaker attribution over articles, without I/O") { paths, published, cores };
        extract.SetAction(parsed =>
        {
            var reader = new ArticleReader(new ArticleReaderOptions { DefaultPublished = CommonOptions.ParsePublished(parsed.GetValue(published)) });
            var inputs = ArticleReader.Expand(parsed.GetValue(paths)!);
            var articles = new List<Article>();
            var refused = inputs.Errors.Count;
            foreach (var error in inputs.Errors)
            {
                stderr.WriteLine($"refused: {error.Origin}: {error.Reason}");
            }
            foreach (var file in inputs.Files)
            {
                foreach (var result in reader.ReadFile(file.Path))
                {
                    if (result.Article is { } article)
                    {
                        articles.Add(article);
                    }
                    else
                    {
                        refused++;
                        stderr.WriteLine($"refused: {result.Error!.Origin}: {result.Error.Reason}");
                    }
                }
            }
            if (articles.Count == 0)
            {
                stderr.WriteLine("error: no articles to analyse");
                return ExitCodes.InputRefused;
            }
            using var app = services.Build();
            var analyzer = app.GetRequiredService<ArticleAnalyzers>().Create(classify: false);
            var threads = parsed.GetValue(cores);
            // One untimed article warms up the JIT and the catalogue, so the figure is the steady rate.
            analyzer.Analyse(articles[0]);
            var clock = Stopwatch.StartNew();
            var statements = threads == 1
                ? articles.Sum(a => analyzer.Analyse(a).Statements.Count)
                : articles.AsParallel().WithDegreeOfParallelism(threads).Sum(a => analyzer.Analyse(a).Statements.Count);
            clock.Stop();
            var megabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body) + Encoding.UTF8.GetByteCount(a.Title)) / 1_000_000.0;
            var seconds = clock.Elapsed.TotalSeconds;
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"analyzer    {analyzer.Version}"));
            stdout.WriteLine(string.Create(c, $"articles    {articles.Count,10:N0}"));
            stdout.WriteLine(string.Create(c, $"text        {megabytes,10:0.00} MB"));
            stdout.WriteLine(string.Create(c, $"cores       {threads,10}"));
            stdout.WriteLine(string.Create(c, $"seconds     {seconds,10:0.000}"));
            stdout.WriteLine(string.Create(c, $"throughput  {megabytes / Math.Max(seconds, 1e-9),10:0.00} MB/s"));
            stdout.WriteLine(string.Create(c, $"statements  {statements,10:N0}"));
            return refused > 0 ? ExitCodes.InputRefused : ExitCodes.Ok;
        });
        return new Command("bench", "Benchmarks: figures for the README and issues") { extract, ClassifyBenchCommand.Create(stdout, stderr, services.Models), PositionsBenchCommand.Create(stdout, services.Paths) };
    }
}
