using System.CommandLine;
using System.Text;
using StanceTracker.Core.Classification;

namespace StanceTracker.Cli.Commands;

/// <summary><c>evaluate --model DIR --data FILE [--predictions OUT.tsv]</c>: figures on a labelled file, last line <c>macro_f1=… f_avg=… accuracy=…</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "A model folder written by 'train': data/models (fast) or data/models/transformer", Required = true, HelpName = "DIR" };
        var data = new Option<string>("--data") { Description = "Labelled statements (topic<TAB>stance<TAB>text)", Required = true, HelpName = "FILE" };
        var predictions = new Option<string?>("--predictions") { Description = "Write topic<TAB>gold<TAB>predicted<TAB>text for every line, in input order", HelpName = "OUT.tsv" };
        var command = new Command("evaluate", "Evaluate a trained classifier on labelled statements") { model, data, predictions };
        command.SetAction(parsed =>
        {
            var modelDir = parsed.GetValue(model)!;
            if (!ClassifierModels.IsSavedModel(modelDir))
            {
                throw new UsageException($"--model '{modelDir}': no trained model there (run 'stancetracker train --out {modelDir}')");
            }
            var path = parsed.GetValue(data)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"--data '{path}': no such file or folder");
            }
            var classifier = ClassifierModels.LoadSaved(modelDir);
            var lines = TrainingData.Load(path);
            var outcomes = Evaluate(classifier, lines);
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

    /// <summary>Classifies every distinct text once (batched), and its stance on each gold topic when told the topic.</summary>
    internal static List<LineOutcome> Evaluate(IEvaluableClassifier classifier, IReadOnlyList<LabelledStatement> lines)
    {
        var texts = lines.Select(l => l.Text).Distinct(StringComparer.Ordinal).ToList();
        var claims = classifier.Classify(texts.Select(t => new ClassificationInput(t)).ToList());
        var byText = texts.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (IReadOnlyDictionary<string, Stance>)claims[p.i]
            .GroupBy(c => c.TopicId).ToDictionary(g => g.Key, g => g.First().Stance, StringComparer.Ordinal), StringComparer.Ordinal);
        var topicLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].HasTopic).ToList();
        var given = classifier.StanceGivenTopic(topicLines.Select(i => lines[i].Text).ToList(), topicLines.Select(i => lines[i].Topic).ToList());
        var perLine = new Stance?[lines.Count];
        for (var k = 0; k < topicLines.Count; k++)
        {
            perLine[topicLines[k]] = given[k];
        }
        return lines.Select((l, i) => new LineOutcome(l, byText[l.Text], perLine[i])).ToList();
    }
}
