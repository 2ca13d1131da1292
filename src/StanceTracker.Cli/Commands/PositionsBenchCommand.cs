using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>bench positions [--statements N,...] [--repeat R]</c>: times the matrix and the timelines on synthetic databases
/// of the given sizes (built in a temporary folder), reporting median and 95th percentile over R runs after a warm-up.
/// </summary>
internal static class PositionsBenchCommand
{
    public static Command Create(TextWriter stdout, DataPaths paths)
    {
        var sizes = new Option<string>("--statements") { Description = "Comma-separated database sizes", DefaultValueFactory = _ => "10000,1000000", HelpName = "N,..." };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per query", DefaultValueFactory = _ => 30, HelpName = "R" };
        var keep = new Option<string?>("--keep") { Description = "Keep the synthetic databases in this folder and reuse them on the next run", HelpName = "DIR" };
        var command = new Command("positions", "Time the matrix and timeline queries on synthetic databases") { sizes, repeat, keep };
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
                stdout.WriteLine($"{"statements",12} {"query",-22} {"median ms",10} {"p95 ms",8} {"result",10}");
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
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,12:N0} {(reuse ? "(reused)" : "(build)"),-22} {build.Elapsed.TotalMilliseconds,10:0} {"",8} {"",10}"));
                    Run(stdout, count, "matrix 2025-12-31", parsed.GetValue(repeat), () => new SqliteMatrixQuery(database).Get(new DateOnly(2025, 12, 31)).Cells.Count);
                    Run(stdout, count, "matrix 2019-06-30", parsed.GetValue(repeat), () => new SqliteMatrixQuery(database).Get(new DateOnly(2019, 6, 30)).Cells.Count);
                    var random = new Random(3);
                    Run(stdout, count, "timeline actor", parsed.GetValue(repeat), () =>
                        new SqliteTimelineQuery(database).ForActor($"synthetic-actor-{random.Next(SyntheticDatabase.Actors)}", topics[random.Next(topics.Count)].Id).Steps.Count);
                    Run(stdout, count, "timeline country", parsed.GetValue(repeat), () =>
                        new SqliteTimelineQuery(database).ForCountry($"C{random.Next(SyntheticDatabase.Countries):00}", topics[random.Next(topics.Count)].Id).Steps.Count);
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

    private static void Run(TextWriter stdout, int size, string name, int repeat, Func<int> query)
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
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,12:N0} {name,-22} {median,10:0.0} {p95,8:0.0} {result,10:N0}"));
    }
}
