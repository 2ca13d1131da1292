using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Postgres;
using StanceTracker.Data.Postgres.Benchmarks;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>bench positions [--statements N,...] [--repeat R] [--postgres SERVER [--explain]]</c>: times the matrix and the
/// timelines on synthetic databases of the given sizes (built in a temporary folder), reporting median and 95th
/// percentile over R runs after a warm-up; with <c>--postgres</c>, each SQLite database is also copied into a database
/// of its own on that server (as <c>migrate</c> does) and the same queries are timed there, in the same run.
/// </summary>
internal static class PositionsBenchCommand
{
    public static Command Create(TextWriter stdout, DataPaths paths)
    {
        var sizes = new Option<string>("--statements") { Description = "Comma-separated database sizes", DefaultValueFactory = _ => "10000,1000000", HelpName = "N,..." };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per query", DefaultValueFactory = _ => 30, HelpName = "R" };
        var keep = new Option<string?>("--keep") { Description = "Keep the synthetic databases in this folder and reuse them on the next run", HelpName = "DIR" };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Also time the queries on PostgreSQL: a connection string to a server where databases stancetracker_bench_N may be made (and replaced)",
            HelpName = "SERVER",
        };
        var explain = new Option<bool>("--explain") { Description = "With --postgres, print PostgreSQL's plan (EXPLAIN ANALYZE) of each hot query at each size" };
        var command = new Command("positions", "Time the matrix and timeline queries on synthetic databases") { sizes, repeat, keep, postgres, explain };
        command.SetAction(parsed =>
        {
            var counts = parsed.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"--statements: '{s}' is not a positive number"))
                .ToList();
            var topics = TopicCatalog.Load(paths.TopicsFile);
            var kept = parsed.GetValue(keep);
            var folder = kept is null ? Directory.CreateTempSubdirectory("stancetracker-bench-") : Directory.CreateDirectory(kept);
            try
            {
                var server = parsed.GetValue(postgres);
                if (server is not null && !StoreEngines.IsServer(server))
                {
                    throw new UsageException($"--postgres '{StoreEngines.Describe(server)}' is not a PostgreSQL connection string (Host=...)");
                }
                stdout.WriteLine($"{"statements",12} {"engine",-10} {"query",-22} {"median ms",10} {"p95 ms",8} {"result",10}");
                foreach (var count in counts)
                {
                    var path = Path.Combine(folder.FullName, $"bench-{count}.db");
                    var reuse = File.Exists(path);
                    var database = SqliteDatabase.Open(path);
                    var build = Stopwatch.StartNew();
                    if (!reuse)
                    {
                        SyntheticDatabase.Fill(database, topics, count);
                    }
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,12:N0} {"SQLite",-10} {(reuse ? "(reused)" : "(build)"),-22} {build.Elapsed.TotalMilliseconds,10:0} {"",8} {"",10}"));
                    var runs = parsed.GetValue(repeat);
                    TimeQueries(stdout, count, "SQLite", runs, topics, new SqliteMatrixQuery(database), new SqliteTimelineQuery(database));
                    if (server is not null)
                    {
                        var target = PostgresBenchDatabases.Recreate(server, $"stancetracker_bench_{count}");
                        var copy = Stopwatch.StartNew();
                        var report = StoreMigration.Run(path, target);
                        if (!report.Same)
                        {
                            throw new UsageException($"the copy of {path} into PostgreSQL differs from it; see 'migrate' for the table");
                        }
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,12:N0} {"PostgreSQL",-10} {"(copy)",-22} {copy.Elapsed.TotalMilliseconds,10:0} {"",8} {report.Rows,10:N0}"));
                        using var team = PostgresDatabase.Open(target);
                        TimeQueries(stdout, count, "PostgreSQL", runs, topics, new PostgresMatrixQuery(team), new PostgresTimelineQuery(team));
                        if (parsed.GetValue(explain))
                        {
                            foreach (var (query, plan) in PostgresQueryPlans.Explain(team, new DateOnly(2025, 12, 31), topics[0].Id, "synthetic-actor-7", "C07"))
                            {
                                stdout.WriteLine($"-- PostgreSQL plan at {count:N0} statements: {query}");
                                stdout.WriteLine(plan);
                            }
                        }
                    }
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (kept is null)
                {
                    folder.Delete(recursive: true);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // The same queries with the same random subjects on each engine, so their figures compare.
    private static void TimeQueries(TextWriter stdout, int count, string engine, int repeat, IReadOnlyList<Topic> topics, IMatrixQuery matrix, ITimelineQuery timelines)
    {
        Run(stdout, count, engine, "matrix 2025-12-31", repeat, () => matrix.Get(new DateOnly(2025, 12, 31)).Cells.Count);
        Run(stdout, count, engine, "matrix 2019-06-30", repeat, () => matrix.Get(new DateOnly(2019, 6, 30)).Cells.Count);
        var random = new Random(3);
        Run(stdout, count, engine, "timeline actor", repeat, () =>
            timelines.ForActor($"synthetic-actor-{random.Next(SyntheticDatabase.Actors)}", topics[random.Next(topics.Count)].Id).Steps.Count);
        Run(stdout, count, engine, "timeline country", repeat, () =>
            timelines.ForCountry($"C{random.Next(SyntheticDatabase.Countries):00}", topics[random.Next(topics.Count)].Id).Steps.Count);
    }

    private static void Run(TextWriter stdout, int size, string engine, string name, int repeat, Func<int> query)
    {
        var result = query(); // warm-up: first-use costs (JIT, page cache) are not what a user waits for twice
        var times = new List<double>(repeat);
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            result = query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,12:N0} {engine,-10} {name,-22} {median,10:0.0} {p95,8:0.0} {result,10:N0}"));
    }
}
