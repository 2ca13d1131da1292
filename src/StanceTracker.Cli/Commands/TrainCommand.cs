using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Data;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>train --data FILE_OR_DIR [--out DIR] [--folds K] [--baseline svm] [--seed N] [--model fast|transformer]</c>: cross-validate
/// and train the fast model, and with <c>--model transformer</c> fine-tune the cross-encoder on top of it.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "Labelled statements: a TSV file (topic<TAB>stance<TAB>text) or a folder of them", Required = true, HelpName = "FILE_OR_DIR" };
        var output = new Option<string>("--out")
        {
            Description = "Where to save the model (default: data/models)",
            DefaultValueFactory = _ => StanceClassifier.ModelDirectory(ProjectPaths.DataDirectory),
            HelpName = "DIR",
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 5, HelpName = "K" };
        var baseline = new Option<string?>("--baseline") { Description = "Train a baseline instead of the embedding model", HelpName = "svm" };
        baseline.AcceptOnlyFromAmong("svm");
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic for a seed)", DefaultValueFactory = _ => 42, HelpName = "N" };
        var reportedContent = new Option<bool>("--reported-content") { Description = "Classify what a reported statement says without its frame (speaker, title, day)" };
        var model = new Option<string>("--model") { Description = "fast: the embedding model only; transformer: also fine-tune the cross-encoder (minutes) into DIR/transformer", DefaultValueFactory = _ => "fast", HelpName = "fast|transformer" };
        model.AcceptOnlyFromAmong("fast", "transformer");
        var transformerDefaults = new CrossEncoderSettings();
        var epochs = new Option<double?>("--epochs") { Description = string.Create(CultureInfo.InvariantCulture, $"Transformer: passes over the training pairs (default {transformerDefaults.Epochs})"), HelpName = "N" };
        var maxSteps = new Option<int?>("--max-steps") { Description = "Transformer: stop after N optimiser steps (a quick check, not a useful model)", HelpName = "N" };
        var frozen = new Option<int?>("--frozen-layers") { Description = "Transformer: keep the lowest N of the 6 layers as pretrained (faster)", HelpName = "N" };
        var learningRate = new Option<double?>("--learning-rate") { Description = string.Create(CultureInfo.InvariantCulture, $"Transformer: peak learning rate (default {transformerDefaults.LearningRate:0e0})"), HelpName = "RATE" };
        var threads = new Option<int>("--threads") { Description = "Transformer: CPU threads for training (default: all cores; use fewer on a busy machine)", HelpName = "N" };
        var command = new Command("train", "Train the statement classifier, printing a k-fold cross-validation report")
        {
            data, output, folds, baseline, seed, reportedContent, model, epochs, maxSteps, frozen, learningRate, threads,
        };
        command.SetAction(parsed =>
        {
            var k = parsed.GetValue(folds);
            if (k < 2)
            {
                throw new UsageException($"--folds {k}: at least 2 folds are needed");
            }
            var path = parsed.GetValue(data)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"--data '{path}': no such file or folder");
            }
            var outDir = parsed.GetValue(output)!;
            var settings = new ClassifierSettings { Folds = k, Seed = parsed.GetValue(seed), SvmBaseline = parsed.GetValue(baseline) == "svm", ReportedContentOnly = parsed.GetValue(reportedContent) };
            var lines = TrainingData.Load(path);
            var c = CultureInfo.InvariantCulture;
            stderr.WriteLine(string.Create(c, $"Training on {lines.Count:N0} lines ({lines.Select(l => l.Text).Distinct().Count():N0} distinct statements) from {path}"));
            var watch = Stopwatch.StartNew();
            var progress = new SyncProgress<TrainingProgress>(p => stderr.WriteLine(p.Message));
            var result = ClassifierTrainer.Train(lines, settings, Path.Combine(outDir, StanceClassifier.EmbeddingCacheFile), progress);
            result.Classifier.Save(outDir);
            stdout.WriteLine($"Model {result.Classifier.Version} ({(settings.SvmBaseline ? "baseline: linear SVM on word 1-3 and char 1-5 grams" : $"MiniLM + n-grams + cues, stance {result.Classifier.StanceMode}")})");
            stdout.WriteLine(result.Notes);
            stdout.WriteLine(result.CrossValidation.Format($"{k}-fold cross-validation (topic thresholds tuned on the same out-of-fold scores); baseline = per-topic majority"));
            stdout.WriteLine(string.Create(c, $"saved to {outDir} in {watch.Elapsed.TotalSeconds:0.0} s"));
            if (parsed.GetValue(model) == "transformer")
            {
                var defaults = new CrossEncoderSettings();
                var xenc = new CrossEncoderSettings
                {
                    Epochs = parsed.GetValue(epochs) ?? defaults.Epochs,
                    MaxSteps = parsed.GetValue(maxSteps),
                    FrozenLayers = parsed.GetValue(frozen) ?? defaults.FrozenLayers,
                    LearningRate = parsed.GetValue(learningRate) ?? defaults.LearningRate,
                };
                var topicsFile = Path.Combine(ProjectPaths.DataDirectory, "topics.json");
                watch.Restart();
                var transformer = TransformerStanceClassifier.Train(
                    lines, TopicCatalog.Load(topicsFile), result.Classifier, xenc, Path.Combine(outDir, StanceClassifier.EmbeddingCacheFile),
                    new SyncProgress<TrainingProgress>(p => stderr.WriteLine(p.Message)), threads: parsed.GetValue(threads));
                var transformerDir = TransformerStanceClassifier.ModelDirectory(outDir);
                transformer.Save(transformerDir);
                var check = transformer.Calibration;
                stdout.WriteLine(string.Create(c, $"Transformer {transformer.Version}: {transformer.Training.Steps} steps over {transformer.Training.Examples} pairs in {watch.Elapsed.TotalMinutes:0.0} min; "
                    + $"held-out calibration pairs {check.Pairs}: topic right {check.RelevanceAccuracy:0.000}, stance right {check.StanceAccuracy:0.000} of {check.Positions}; saved to {transformerDir}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
internal sealed class SyncProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}

/// <summary>Reports progress on the calling thread.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
