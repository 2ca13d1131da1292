using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Cli.Commands;

/// <summary><c>bench classify --model DIR --data FILE [--repeat N]</c>: statements classified per second, batched, embeddings not cached.</summary>
internal static class ClassifyBenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StanceModelRegistry models)
    {
        var model = CommonOptions.ModelFolder();
        var data = new Option<string>("--data") { Description = "Statements to classify (a labelled TSV; labels are ignored)", Required = true, HelpName = "FILE" };
        var batch = new Option<int>("--batch") { Description = "Statements per Classify call", DefaultValueFactory = _ => 256, HelpName = "N" };
        var command = new Command("classify", "Measure classification throughput (statements per second)") { model, data, batch };
        command.SetAction(parsed =>
        {
            var modelDir = parsed.GetValue(model)!;
            var kind = CommonOptions.SavedModel(models, modelDir);
            var size = Math.Max(1, parsed.GetValue(batch));
            var classifier = kind.Load(modelDir);
            var texts = TrainingData.Load(parsed.GetValue(data)!).Select(l => l.Text).Distinct().ToList();
            classifier.Classify([new ClassificationInput("warm-up: the encoder and the models load once.")]);
            var watch = Stopwatch.StartNew();
            var positions = 0;
            foreach (var chunk in texts.Chunk(size))
            {
                positions += classifier.Classify(chunk.Select(t => new ClassificationInput(t)).ToList()).Sum(p => p.Count);
            }
            var seconds = watch.Elapsed.TotalSeconds;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"classified {texts.Count} statements ({positions} positions) in {seconds:0.00} s, batch {size}, {Environment.ProcessorCount} cores: {texts.Count / seconds:0.0} statements/s"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
