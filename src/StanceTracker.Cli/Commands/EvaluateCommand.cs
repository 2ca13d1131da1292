using System.CommandLine;
using System.Text;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Models;

namespace StanceTracker.Cli.Commands;

/// <summary><c>evaluate --model DIR --data FILE [--predictions OUT.tsv]</c>: figures on a labelled file, last line <c>macro_f1=… f_avg=… accuracy=…</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, StanceModelRegistry models)
    {
        var model = CommonOptions.ModelFolder();
        var data = new Option<string>("--data") { Description = "Labelled statements (topic<TAB>stance<TAB>text)", Required = true, HelpName = "FILE" };
        var predictions = new Option<string?>("--predictions") { Description = "Write topic<TAB>gold<TAB>predicted<TAB>text for every line, in input order", HelpName = "OUT.tsv" };
        var command = new Command("evaluate", "Evaluate a trained classifier on labelled statements") { model, data, predictions };
        command.SetAction(parsed =>
        {
            var modelDir = parsed.GetValue(model)!;
            var kind = CommonOptions.SavedModel(models, modelDir, $" (run 'stancetracker train --out {modelDir}')");
            var path = parsed.GetValue(data)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"--data '{path}': no such file or folder");
            }
            var classifier = kind.Load(modelDir);
            var lines = TrainingData.Load(path);
            var outcomes = ClassifierEvaluator.Outcomes(classifier, lines);
            var report = ClassifierEvaluator.Evaluate(outcomes, classifier.MajorityStance);
            var unknown = lines.Where(l => l.HasTopic && !classifier.Topics.Contains(l.Topic)).Select(l => l.Topic).Distinct().ToList();
            if (unknown.Count > 0)
            {
                stderr.WriteLine($"note: topics the model was not trained on (counted as missed): {string.Join(", ", unknown)}");
            }
            if (parsed.GetValue(predictions) is { } outPath)
            {
                using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
                writer.Write("topic\tgold\tpredicted\ttext\n");
                foreach (var o in outcomes)
                {
                    writer.Write($"{o.Gold.Topic}\t{o.Gold.Stance.ToId()}\t{o.PredictedLabel}\t{o.Gold.Text}\n");
                }
            }
            stdout.WriteLine($"Model {classifier.Version} on {path}: {lines.Count} lines");
            stdout.WriteLine(report.Format("baseline = per-topic majority (topic: predict the topic for every statement; stance: the topic's most frequent training stance)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
