using System.CommandLine;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Core.Classification.Transformer;
using StanceTracker.Data.Composition;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>train --data FILE_OR_DIR [--out DIR] [--folds K] [--seed N] [--model ID] [--baseline ID]</c>: train a stance model
/// kind into its folder under DIR (the kinds it builds on first, e.g. the fast model under the transformer), printing
/// what each training measured (the fast model and the SVM baseline: a k-fold cross-validation report).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StanceModelRegistry models, DataPaths paths)
    {
        var data = new Option<string>("--data") { Description = "Labelled statements: a TSV file (topic<TAB>stance<TAB>text) or a folder of them", Required = true, HelpName = "FILE_OR_DIR" };
        var output = new Option<string>("--out")
        {
            Description = "Where to save the model (default: data/models)",
            DefaultValueFactory = _ => paths.ModelsDirectory,
            HelpName = "DIR",
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => new ClassifierSettings().Folds, HelpName = "K" };
        var baseline = new Option<string?>("--baseline") { Description = "Train this kind instead of the default one (the same as --model)", HelpName = "svm" };
        baseline.AcceptOnlyFromAmong([.. models.Ids]);
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic for a seed)", DefaultValueFactory = _ => 42, HelpName = "N" };
        var reportedContent = new Option<bool>("--reported-content") { Description = "Classify what a reported statement says without its frame (speaker, title, day)" };
        var model = new Option<string?>("--model")
        {
            Description = "The kind to train, after the kinds it builds on: " + string.Join(", ", models.Kinds.Select(k => $"{k.Id} ({k.Description})"))
                + $" (default {models.Default.Id})",
            HelpName = string.Join('|', models.Ids),
        };
        model.AcceptOnlyFromAmong([.. models.Ids]);
        var transformerDefaults = new CrossEncoderSettings();
        var epochs = new Option<double?>("--epochs") { Description = string.Create(CultureInfo.InvariantCulture, $"Transformer: passes over the training pairs (default {transformerDefaults.Epochs})"), HelpName = "N" };
        var maxSteps = new Option<int?>("--max-steps") { Description = "Transformer: stop after N optimiser steps (a quick check, not a useful model)", HelpName = "N" };
        var frozen = new Option<int?>("--frozen-layers") { Description = "Transformer: keep the lowest N of the 6 layers as pretrained (faster)", HelpName = "N" };
        var learningRate = new Option<double?>("--learning-rate") { Description = string.Create(CultureInfo.InvariantCulture, $"Transformer: peak learning rate (default {transformerDefaults.LearningRate:0e0})"), HelpName = "RATE" };
        var threads = new Option<int>("--threads") { Description = "Transformer: CPU threads for training (default: all cores; use fewer on a busy machine)", HelpName = "N" };
        var command = new Command("train", "Train a stance model, printing a k-fold cross-validation report")
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
            if (parsed.GetValue(baseline) is { } baselineId && parsed.GetValue(model) is { } modelId && baselineId != modelId)
            {
                throw new UsageException($"--baseline {baselineId} and --model {modelId}: name one kind to train");
            }
            var kind = models.Get(parsed.GetValue(baseline) ?? parsed.GetValue(model) ?? models.Default.Id);
            var options = new StanceModelOptions
            {
                Classifier = new ClassifierSettings { Folds = k, Seed = parsed.GetValue(seed), ReportedContentOnly = parsed.GetValue(reportedContent) },
                CrossEncoder = transformerDefaults with
                {
                    Epochs = parsed.GetValue(epochs) ?? transformerDefaults.Epochs,
                    MaxSteps = parsed.GetValue(maxSteps),
                    FrozenLayers = parsed.GetValue(frozen) ?? transformerDefaults.FrozenLayers,
                    LearningRate = parsed.GetValue(learningRate) ?? transformerDefaults.LearningRate,
                },
                TopicsFile = paths.TopicsFile,
                Threads = parsed.GetValue(threads),
            };
            var lines = TrainingData.Load(path);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training on {lines.Count:N0} lines ({lines.Select(l => l.Text).Distinct().Count():N0} distinct statements) from {path}"));
            var progress = new SyncProgress<TrainingProgress>(p => stderr.WriteLine(p.Message));
            foreach (var step in models.TrainingOrder(kind))
            {
                stdout.WriteLine(step.Train(new StanceModelTraining(lines, parsed.GetValue(output)!, options, progress)).Report);
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
