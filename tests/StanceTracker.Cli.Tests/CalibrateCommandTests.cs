using System.Text;
using System.Text.Json;
using StanceTracker.Core.Classification;

namespace StanceTracker.Cli.Tests;

public sealed class CalibrateCommandTests(TrainedModelFixture model) : IClassFixture<TrainedModelFixture>
{
    private const string Url = "https://example.org/calibration-probe";

    /// <summary>An article of the fixture's own statements, one a paragraph, and labels for every topic of each statement (the fixture's stance on its own topic, "-" on the others).</summary>
    private (string Article, string Labels) WriteLabelledArticle(string folder)
    {
        var lines = File.ReadAllLines(model.Data).Skip(1).Select(l => l.Split('\t', 3)).Where(f => f[0] != "none").Take(60).ToList();
        var article = Path.Combine(folder, "probe.md");
        File.WriteAllText(article, $"---\ntitle: Calibration probe\npublished: 2025-03-01\nurl: {Url}\n---\n" + string.Join("\n\n", lines.Select(f => f[2])) + "\n");
        var (exit, output, _) = Cli.Run("extract", article, "--format", "jsonl", "--no-classify");
        Assert.Equal(ExitCodes.Ok, exit);
        var statements = JsonDocument.Parse(output.Trim()).RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.True(statements.Count >= 30);
        var labels = new StringBuilder("url\tstart\tend\ttopic\tstance\n");
        foreach (var statement in statements)
        {
            var text = statement.GetProperty("text").GetString()!;
            var own = lines.FirstOrDefault(f => f[2].Contains(text, StringComparison.Ordinal) || text.Contains(f[2], StringComparison.Ordinal));
            foreach (var topic in new[] { "ceasefire", "sanctions-on-russia", "troops-in-ukraine", "ukraine-nato-membership" })
            {
                var stance = own is not null && own[0] == topic ? own[1] : "-";
                labels.Append(Url).Append('\t').Append(statement.GetProperty("start").GetInt32()).Append('\t').Append(statement.GetProperty("end").GetInt32())
                    .Append('\t').Append(topic).Append('\t').Append(stance).Append('\n');
            }
        }
        var labelsPath = Path.Combine(folder, "labels.tsv");
        File.WriteAllText(labelsPath, labels.ToString());
        return (article, labelsPath);
    }

    [Fact]
    public void Calibrate_reports_reliability_before_and_after_and_saves_a_fit_the_model_then_applies()
    {
        using var temp = new TempFolder();
        var modelDir = Directory.CreateDirectory(Path.Combine(temp.Path, "model")).FullName;
        foreach (var file in Directory.GetFiles(model.ModelDir))
        {
            File.Copy(file, Path.Combine(modelDir, Path.GetFileName(file)));
        }
        var (article, labels) = WriteLabelledArticle(temp.Path);

        var dry = Cli.Run("calibrate", "--labels", labels, "--model", modelDir, "--dry-run", article);
        Assert.Equal(ExitCodes.Ok, dry.Exit);
        Assert.Contains("labelled positions found again", dry.Out, StringComparison.Ordinal);
        Assert.Contains("Model confidence as it is:", dry.Out, StringComparison.Ordinal);
        Assert.Contains("5-fold cross-validated", dry.Out, StringComparison.Ordinal);
        Assert.Matches(@"Brier score: \d\.\d{3} as it is, \d\.\d{3} calibrated", dry.Out);
        Assert.False(File.Exists(Path.Combine(modelDir, RealTextCalibration.FileName)));

        var (exit, output, _) = Cli.Run("calibrate", "--labels", labels, "--model", modelDir, article);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("saved ", output, StringComparison.Ordinal);
        var saved = StanceClassifier.Load(modelDir).RealText;
        Assert.NotNull(saved);
        Assert.Equal(StanceClassifier.Load(modelDir, realText: false).TrainingDataHash, saved.TrainingDataHash);
        Assert.All(saved.Steps.Zip(saved.Steps.Skip(1)), p => Assert.True(p.First.Right < p.Second.Right));
    }

    /// <summary>Runs calibrate on the fixture model with a labels file of one line, over an empty folder of articles.</summary>
    private (int Exit, string Out, string Err) CalibrateWithLabel(string line)
    {
        using var temp = new TempFolder();
        var labels = Path.Combine(temp.Path, "labels.tsv");
        File.WriteAllText(labels, "url\tstart\tend\ttopic\tstance\n" + line + "\n");
        return Cli.Run("calibrate", "--labels", labels, "--model", model.ModelDir, temp.Path);
    }

    [Fact]
    public void A_bad_labels_line_is_a_usage_error_naming_the_file_and_line()
    {
        var (exit, _, error) = CalibrateWithLabel("https://example.org/a\t10\t20\tceasefire\tmaybe");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("labels.tsv:2: stance 'maybe'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_file_that_cannot_be_read_is_named_and_the_others_are_still_read()
    {
        using var temp = new TempFolder();
        var (article, labels) = WriteLabelledArticle(temp.Path);
        File.WriteAllText(Path.Combine(temp.Path, "undated.txt"), "A title\n\nA body with no date anywhere.\n");

        var (exit, output, error) = Cli.Run("calibrate", "--labels", labels, "--model", model.ModelDir, "--dry-run", temp.Path);

        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("undated.txt", error, StringComparison.Ordinal);
        Assert.Contains("labelled positions found again", output, StringComparison.Ordinal);
        Assert.True(File.Exists(article));
    }

    [Fact]
    public void Labels_the_articles_do_not_hold_are_refused_as_too_few()
    {
        var (exit, _, error) = CalibrateWithLabel("https://example.org/elsewhere\t10\t20\tceasefire\tsupport");

        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("too few to calibrate", error, StringComparison.Ordinal);
    }
}
