using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;
using StanceTracker.Data;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Tests;

/// <summary>matrix, timeline, shifts and export over a database holding a documented kind of shift (invented speakers).</summary>
public sealed class ViewCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ViewCommandTests()
    {
        using var app = new ServiceCollection()
            .AddStanceTracker(new StanceTrackerOptions(ProjectPaths.DataDirectory) { DatabasePath = _temp.Database })
            .BuildServiceProvider();
        var store = app.GetRequiredService<IArticleStore>();
        var premier = new Speaker("Ana Lind", "ana-lind", "ARD", "Prime Minister", Offices.HeadOfGovernment);
        var minister = new Speaker("Bo Ek", "bo-ek", "ARD", "Foreign Minister", Offices.ForeignMinister);
        store.Save(Article(1, "2024-02-27", premier, "Lind ruled out sending troops to Ukraine.", "troops-in-ukraine", Stance.Oppose));
        store.Save(Article(2, "2025-02-17", premier, "Lind said she was ready to put troops on the ground.", "troops-in-ukraine", Stance.Support));
        store.Save(Article(3, "2025-03-01", minister, "=HYPERLINK(\"http://evil\") Ek said, \"maybe\", on troops.", "troops-in-ukraine", Stance.Open));
    }

    public void Dispose() => _temp.Dispose();

    private static AnalysedArticle Article(int n, string date, Speaker speaker, string text, string topic, Stance stance) =>
        new(new Article($"Report {n}", DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "Wire", $"https://example.test/{n}", null, "en", text, $"r{n}.md"),
            [new Statement(speaker, text, StatementKind.Indirect, 0, text.Length, [new PositionClaim(topic, stance, 0.9, "test")])]);

    [Fact]
    public void Matrix_as_json_follows_the_seniority_rule_and_the_date()
    {
        var (exit, output, err) = Cli.Run("matrix", "--db", _temp.Database, "--as-of", "2025-06-30", "--format", "json");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(output);
        var cell = json.RootElement.GetProperty("cells").EnumerateArray().Single();
        Assert.Equal("support", cell.GetProperty("stance").GetString());
        Assert.Equal("Ana Lind", cell.GetProperty("speaker").GetString());
        Assert.True(cell.GetProperty("disagreement").GetBoolean());

        using var before = JsonDocument.Parse(Cli.Run("matrix", "--db", _temp.Database, "--as-of", "2024-12-31", "--format", "json").Out);
        Assert.Equal("oppose", before.RootElement.GetProperty("cells")[0].GetProperty("stance").GetString());
    }

    [Fact]
    public void Matrix_table_and_csv_show_the_cell()
    {
        Assert.Contains("−", Cli.Run("matrix", "--db", _temp.Database, "--as-of", "2024-12-31").Out, StringComparison.Ordinal);
        var csv = Cli.Run("matrix", "--db", _temp.Database, "--as-of", "2024-12-31", "--format", "csv").Out.Split("\r\n");
        Assert.StartsWith("country,troops-in-ukraine,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("ARD,oppose,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_of_an_actor_by_alias_shows_the_reversal()
    {
        var (exit, output, err) = Cli.Run("timeline", "--db", _temp.Database, "--actor", "ana lind", "--topic", "troops-in-ukraine", "--format", "json");
        Assert.True(exit == ExitCodes.Ok, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("steps").GetArrayLength());
        var shift = json.RootElement.GetProperty("shifts").EnumerateArray().Single();
        Assert.Equal("reversal", shift.GetProperty("kind").GetString());
        Assert.Equal("2025-02-17", shift.GetProperty("date").GetString());
    }

    [Fact]
    public void Timeline_needs_exactly_one_subject_and_a_known_actor()
    {
        Assert.Equal(ExitCodes.UsageError, Cli.Run("timeline", "--db", _temp.Database, "--topic", "troops-in-ukraine").Exit);
        Assert.Equal(ExitCodes.UsageError, Cli.Run("timeline", "--db", _temp.Database, "--actor", "Ana Lind", "--country", "ARD", "--topic", "troops-in-ukraine").Exit);
        var unknown = Cli.Run("timeline", "--db", _temp.Database, "--actor", "Nobody Atall", "--topic", "troops-in-ukraine");
        Assert.Equal(ExitCodes.UsageError, unknown.Exit);
        Assert.Contains("Nobody Atall", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shifts_lists_actor_and_country_shifts_since_a_date()
    {
        using var all = JsonDocument.Parse(Cli.Run("shifts", "--db", _temp.Database, "--format", "json").Out);
        Assert.Contains(all.RootElement.EnumerateArray(), s => s.GetProperty("subject").GetString() == "ana-lind" && s.GetProperty("kind").GetString() == "reversal");
        Assert.Contains(all.RootElement.EnumerateArray(), s => s.GetProperty("subject").GetString() == "ARD");
        using var later = JsonDocument.Parse(Cli.Run("shifts", "--db", _temp.Database, "--since", "2025-03-01", "--format", "json").Out);
        Assert.Equal(0, later.RootElement.GetArrayLength());
    }

    [Fact]
    public void Export_csv_escapes_quotes_and_neutralises_formulas()
    {
        var target = Path.Combine(_temp.Path, "out.csv");
        var (exit, _, err) = Cli.Run("export", "--db", _temp.Database, "--format", "csv", "--out", target);
        Assert.True(exit == ExitCodes.Ok, err);
        var lines = File.ReadAllText(target).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("position_id,statement_id,date,country,speaker", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") Ek said, \"\"maybe\"\", on troops.\"", lines[3], StringComparison.Ordinal);
        Assert.False(File.Exists(target + ".partial"));
    }

    [Fact]
    public void Export_json_is_an_array_of_positions()
    {
        using var json = JsonDocument.Parse(Cli.Run("export", "--db", _temp.Database, "--format", "json").Out);
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("troops-in-ukraine", json.RootElement[0].GetProperty("topicId").GetString());
    }

    [Fact]
    public void Reading_commands_do_not_create_a_database()
    {
        var missing = Path.Combine(_temp.Path, "missing.db");
        Assert.Equal(ExitCodes.UsageError, Cli.Run("matrix", "--db", missing).Exit);
        Assert.False(File.Exists(missing));
    }
}
