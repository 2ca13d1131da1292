using System.Globalization;
using System.Text.Json;
using StanceTracker.Data;
using StanceTracker.Data.Composition;

namespace StanceTracker.Cli.Tests;

/// <summary>
/// The embedded default as users get it: the demo corpus ingested with the trained classifier, then read back with
/// <c>shifts</c> and <c>matrix</c>. The documented shifts in data/expected-shifts.tsv are the yardstick.
/// </summary>
public sealed class DemoCorpusTests(DemoCorpusTests.IngestedCorpus corpus) : IClassFixture<DemoCorpusTests.IngestedCorpus>
{
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal) { "EU", "NATO", "UN" };

    // The positions issue asks for 15 of the documented shifts; the pipeline finds 16 (README, "Figures"), so the
    // target itself is the bar: one margin for a different CPU's floating point, none for a regression.
    private const int RequiredShifts = 15;

    [Fact]
    public void Shifts_finds_at_least_fifteen_of_the_documented_shifts()
    {
        var expected = ExpectedShift.ReadAll(Path.Combine(ProjectPaths.DataDirectory, "expected-shifts.tsv"));
        Assert.True(expected.Count >= 20, $"the corpus documents {expected.Count} shifts; the issue asks for at least 20");

        var (exit, output, err) = Cli.Run("shifts", "--db", corpus.Database, "--format", "json");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(output);
        var found = json.RootElement.EnumerateArray().Select(DetectedShift.Read).ToList();

        var missed = expected.Where(e => !found.Any(e.IsMatchedBy)).ToList();
        var matched = expected.Count - missed.Count;
        Assert.True(matched >= RequiredShifts,
            $"shifts found {matched} of {expected.Count} documented shifts; missed:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void Matrix_at_the_end_of_2025_fills_half_the_cells_of_twenty_countries()
    {
        var (exit, output, err) = Cli.Run("matrix", "--db", corpus.Database, "--as-of", "2025-12-31", "--format", "json");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(output);
        var topics = json.RootElement.GetProperty("topics").GetArrayLength();
        Assert.Equal(14, topics);

        // Countries only: the EU, NATO and UN rows are shown but are not what the target counts.
        var filledPerCountry = json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("stance").ValueKind == JsonValueKind.String)
            .Select(c => c.GetProperty("country").GetString()!)
            .Where(country => !Organisations.Contains(country))
            .GroupBy(country => country, StringComparer.Ordinal)
            .Select(g => g.Count())
            .OrderDescending()
            .ToList();
        Assert.True(filledPerCountry.Count >= 20, $"only {filledPerCountry.Count} countries have a position as of 2025-12-31");

        var filled = filledPerCountry.Take(20).Sum();
        var share = filled / (20.0 * topics);
        Assert.True(share >= 0.5, $"the 20 best-covered countries fill {filled} of {20 * topics} cells ({share:P0})");
    }

    /// <summary>One ingest of the demo corpus shared by the tests of this class (it takes a few seconds per hundred articles).</summary>
    public sealed class IngestedCorpus : IDisposable
    {
        private readonly TempFolder _temp = new();

        public IngestedCorpus()
        {
            var (exit, output, err) = Cli.Run("ingest", new DataPaths(ProjectPaths.DataDirectory).DemoCorpus, "--db", _temp.Database);
            if (exit != ExitCodes.Ok)
            {
                throw new InvalidOperationException($"ingesting the demo corpus failed ({exit}):\n{output}\n{err}");
            }
        }

        public string Database => _temp.Database;

        public void Dispose() => _temp.Dispose();
    }

    private sealed record DetectedShift(string Subject, string Topic, string From, string To, DateOnly Date)
    {
        public static DetectedShift Read(JsonElement shift) => new(
            shift.GetProperty("subject").GetString()!,
            shift.GetProperty("topic").GetString()!,
            shift.GetProperty("from").GetString()!,
            shift.GetProperty("to").GetString()!,
            DateOnly.Parse(shift.GetProperty("date").GetString()!, CultureInfo.InvariantCulture));
    }

    /// <summary>A row of data/expected-shifts.tsv: who moved on what, from which stance to which, between two dated articles.</summary>
    private sealed record ExpectedShift(string Subject, string Topic, string From, string To, DateOnly Before, DateOnly After)
    {
        /// <summary>
        /// Same subject, topic and stances, dated after the "before" article and no later than the "after" one: a corpus may
        /// hold a statement in between that makes the move visible earlier, but never before the first position.
        /// </summary>
        public bool IsMatchedBy(DetectedShift shift) =>
            shift.Subject == Subject && shift.Topic == Topic && shift.From == From && shift.To == To
            && shift.Date > Before && shift.Date <= After;

        public override string ToString() => $"  {Subject} {Topic}: {From} -> {To} ({Before:yyyy-MM-dd} .. {After:yyyy-MM-dd})";

        public static List<ExpectedShift> ReadAll(string path)
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split('\t').Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
            return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
            {
                var f = line.Split('\t');
                var subject = f[header["level"]] == "actor" ? f[header["actor_id"]] : f[header["country"]];
                return new ExpectedShift(subject, f[header["topic"]], f[header["from_stance"]], f[header["to_stance"]],
                    DateOnly.Parse(f[header["before_date"]], CultureInfo.InvariantCulture),
                    DateOnly.Parse(f[header["after_date"]], CultureInfo.InvariantCulture));
            }).ToList();
        }
    }
}
