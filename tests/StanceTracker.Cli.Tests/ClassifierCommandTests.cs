using System.Text.RegularExpressions;

namespace StanceTracker.Cli.Tests;

/// <summary>One model trained by <c>stancetracker train</c> on the Core tests' hand-written fixture, shared by the tests.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    public TrainedModelFixture()
    {
        Data = Find("tests", "StanceTracker.Core.Tests", "Classification", "fixture.tsv");
        Train = Cli.Run("train", "--data", Data, "--out", ModelDir, "--folds", "3", "--seed", "7");
    }

    internal TempFolder Temp { get; } = new();
    public string Data { get; }
    public string ModelDir => Path.Combine(Temp.Path, "model");
    public (int Exit, string Out, string Err) Train { get; }

    public static string Find(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException(Path.Combine(parts));
    }

    public void Dispose() => Temp.Dispose();
}

public sealed partial class ClassifierCommandTests(TrainedModelFixture model) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void Train_prints_a_cross_validation_report_per_topic_and_saves_the_model()
    {
        Assert.Equal(ExitCodes.Ok, model.Train.Exit);
        Assert.Contains("3-fold cross-validation", model.Train.Out, StringComparison.Ordinal);
        foreach (var topic in new[] { "ceasefire", "sanctions-on-russia", "troops-in-ukraine", "ukraine-nato-membership" })
        {
            Assert.Matches($@"(?m)^{topic}\s+\d+\s+\d\.\d{{3}}\s+\d\.\d{{3}}\s+\d+\s+\d\.\d{{3}}\s+\d\.\d{{3}}", model.Train.Out);
        }
        Assert.Contains("Cross-validation fold 3/3", model.Train.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(model.ModelDir, "model.json")));
    }

    [Fact]
    public void Evaluate_ends_with_the_summary_line_and_writes_predictions_in_input_order()
    {
        var predictions = Path.Combine(model.Temp.Path, "pred.tsv");
        var (exit, output, _) = Cli.Run("evaluate", "--model", model.ModelDir, "--data", model.Data, "--predictions", predictions);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(SummaryLine(), output.TrimEnd().Split('\n')[^1]);

        var input = File.ReadAllLines(model.Data);
        var written = File.ReadAllLines(predictions);
        Assert.Equal("topic\tgold\tpredicted\ttext", written[0]);
        Assert.Equal(input.Length, written.Length);
        for (var i = 1; i < input.Length; i++)
        {
            var gold = input[i].Split('\t', 3);
            var row = written[i].Split('\t', 4);
            Assert.Equal((gold[0], gold[1], gold[2]), (row[0], row[1], row[3]));
        }
        // Trained on this very file: most lines come back right.
        Assert.True(written.Skip(1).Count(l => l.Split('\t')[1] == l.Split('\t')[2] || (l.StartsWith("none\t", StringComparison.Ordinal) && l.Split('\t')[2] == "none")) > input.Length * 0.8);
    }

    [Fact]
    public void The_svm_baseline_trains_and_evaluates_the_same_way()
    {
        var dir = Path.Combine(model.Temp.Path, "svm");
        var train = Cli.Run("train", "--data", model.Data, "--out", dir, "--folds", "2", "--baseline", "svm");
        Assert.Equal(ExitCodes.Ok, train.Exit);
        Assert.Contains("baseline: linear SVM", train.Out, StringComparison.Ordinal);
        var (exit, output, _) = Cli.Run("evaluate", "--model", dir, "--data", model.Data);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Matches(SummaryLine(), output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Wrong_command_lines_are_usage_errors()
    {
        Assert.Equal(ExitCodes.UsageError, Cli.Run("train", "--data", model.Data, "--folds", "1", "--out", Path.Combine(model.Temp.Path, "x")).Exit);
        Assert.Equal(ExitCodes.UsageError, Cli.Run("train", "--data", model.Data, "--baseline", "forest").Exit);
        Assert.Equal(ExitCodes.UsageError, Cli.Run("train", "--data", Path.Combine(model.Temp.Path, "missing.tsv")).Exit);
        Assert.Equal(ExitCodes.UsageError, Cli.Run("evaluate", "--model", Path.Combine(model.Temp.Path, "nothing"), "--data", model.Data).Exit);
        Assert.Equal(ExitCodes.UsageError, Cli.Run("evaluate", "--data", model.Data).Exit);
    }

    [Fact]
    public void An_unknown_model_is_a_usage_error_naming_the_registered_kinds()
    {
        var (exit, _, err) = Cli.Run("extract", model.Data, "--model", "forest");
        Assert.Equal(ExitCodes.UsageError, exit);
        foreach (var id in new[] { "auto", "fast", "transformer", "svm" })
        {
            Assert.Contains($"'{id}'", err, StringComparison.Ordinal);
        }
        var both = Cli.Run("train", "--data", model.Data, "--out", Path.Combine(model.Temp.Path, "both"), "--baseline", "svm", "--model", "transformer");
        Assert.Equal(ExitCodes.UsageError, both.Exit);
        Assert.Contains("name one kind", both.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_training_file_is_refused_with_its_line()
    {
        var bad = model.Temp.File("bad.tsv", "topic\tstance\ttext\nceasefire\tperhaps\tA truce.\n");
        var (exit, _, err) = Cli.Run("train", "--data", bad, "--out", Path.Combine(model.Temp.Path, "bad-model"));
        Assert.Equal(ExitCodes.InputRefused, exit);
        Assert.Contains("bad.tsv:2", err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^macro_f1=\d\.\d{3} f_avg=\d\.\d{3} accuracy=\d\.\d{3}$")]
    private static partial Regex SummaryLine();
}
