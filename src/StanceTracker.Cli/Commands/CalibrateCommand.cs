using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>calibrate --labels FILE --model DIR PATH...</c>: re-reads the hand-labelled positions of real articles with the
/// model in DIR, fits what its confidence means on them (<see cref="RealTextCalibration"/>), prints a cross-validated
/// reliability table and saves the fit beside the model.
/// </summary>
internal static class CalibrateCommand
{
    private static readonly double[] Bands = [0, 0.2, 0.4, 0.5, 0.6, 0.8, 0.9, 1.0];

    public static Command Create(TextWriter stdout, TextWriter stderr, CommandServices services)
    {
        var paths = CommonOptions.Paths();
        var labels = new Option<string>("--labels") { Description = "Labelled positions: url<TAB>start<TAB>end<TAB>topic<TAB>stance (the right stance, or - when the topic is wrong)", Required = true, HelpName = "FILE" };
        var model = CommonOptions.ModelFolder();
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validated reliability report", DefaultValueFactory = _ => 5 };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report only; save nothing" };
        var command = new Command("calibrate", "Fit what a model's confidence means on hand-labelled real articles and save it beside the model") { paths, labels, model, folds, dryRun };
        command.SetAction(parsed =>
        {
            var modelDir = parsed.GetValue(model)!;
            if (StanceClassifier.SavedKind(modelDir) is null)
            {
                throw new UsageException($"--model '{modelDir}': no fast or svm model saved there (run 'stancetracker train --out {modelDir}')");
            }
            var k = parsed.GetValue(folds);
            if (k < 2)
            {
                throw new UsageException("--folds must be 2 or more");
            }
            var labelled = CalibrationLabels.Read(parsed.GetValue(labels)!);
            var classifier = StanceClassifier.Load(modelDir, realText: false);
            using var app = services.Build();
            var analyzer = new ArticleAnalyzer(app.GetRequiredService<ActorCatalog>(), classifier, evidence: app.GetRequiredService<TopicEvidence>());
            var points = Score(analyzer, labelled, parsed.GetValue(paths)!, stderr, out var unmatched, out var refused);
            if (points.Count < 2 * RealTextCalibration.MinimumBlock)
            {
                stderr.WriteLine($"error: only {points.Count} labelled positions were found again in the articles given; too few to calibrate");
                return ExitCodes.InputRefused;
            }
            stdout.WriteLine($"Model {classifier.Version} ({classifier.Kind}): {points.Count} of {labelled.Count} labelled positions found again ({unmatched} not: the extractor or the model now reads those statements otherwise)");
            stdout.WriteLine($"right: {points.Count(p => p.Right)} ({points.Count(p => p.Right) / (double)points.Count:0.000})");
            stdout.WriteLine("Model confidence as it is:");
            stdout.Write(RealTextCalibration.Reliability(points, Bands));
            var crossValidated = CrossValidate(classifier, points, k);
            stdout.WriteLine($"Calibrated, {k}-fold cross-validated (each fold mapped by a fit on the others):");
            stdout.Write(RealTextCalibration.Reliability(crossValidated, Bands));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Brier score: {RealTextCalibration.Brier(points):0.000} as it is, {RealTextCalibration.Brier(crossValidated):0.000} calibrated (cross-validated)"));
            var fit = RealTextCalibration.Fit(classifier.Kind, classifier.TrainingDataHash ?? "", Path.GetFileName(parsed.GetValue(labels)!), points);
            stdout.WriteLine("Fit on all: " + string.Join("; ", fit.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.From:0.000}-{s.To:0.000}: {s.Right:0.000} of {s.Count}"))));
            if (!parsed.GetValue(dryRun))
            {
                fit.Save(modelDir);
                stdout.WriteLine($"saved {Path.Combine(modelDir, RealTextCalibration.FileName)}");
            }
            return refused > 0 ? ExitCodes.InputRefused : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Each labelled position the model gives again (same statement, same topic): its confidence, and whether its stance is the labelled one.</summary>
    private static List<(double Confidence, bool Right)> Score(ArticleAnalyzer analyzer, IReadOnlyList<CalibrationLabel> labelled, string[] inputs, TextWriter stderr,
        out int unmatched, out int refused)
    {
        refused = 0;
        var byUrl = labelled.GroupBy(l => l.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var points = new List<(double, bool)>();
        var found = 0;
        var reader = new ArticleReader(new ArticleReaderOptions());
        var files = ArticleReader.Expand(inputs);
        foreach (var error in files.Errors)
        {
            refused++;
            stderr.WriteLine($"refused: {error.Origin}: {error.Reason}");
        }
        foreach (var file in files.Files)
        {
            foreach (var result in reader.ReadFile(file.Path))
            {
                if (result.Error is { } error)
                {
                    refused++;
                    stderr.WriteLine($"refused: {error.Origin}: {error.Reason}");
                    continue;
                }
                if (result.Article is not { Url: { } url } article || !byUrl.TryGetValue(url, out var wanted))
                {
                    continue;
                }
                var statements = analyzer.Analyse(article).Statements;
                foreach (var label in wanted)
                {
                    var position = statements.Where(s => s.Start == label.Start && s.End == label.End)
                        .SelectMany(s => s.Positions).FirstOrDefault(p => p.TopicId == label.Topic);
                    if (position is null)
                    {
                        continue;
                    }
                    found++;
                    points.Add((position.Confidence, label.Stance is { } stance && position.Stance == stance));
                }
            }
        }
        unmatched = labelled.Count - found;
        return points;
    }

    private static List<(double Confidence, bool Right)> CrossValidate(StanceClassifier classifier, List<(double Confidence, bool Right)> points, int folds)
    {
        var mapped = new List<(double, bool)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = points.Where((_, i) => i % folds != fold).ToList();
            var fit = RealTextCalibration.Fit(classifier.Kind, "", "", train);
            mapped.AddRange(points.Where((_, i) => i % folds == fold).Select(p => (fit.Apply(p.Confidence), p.Right)));
        }
        return mapped;
    }
}

/// <summary>A hand-labelled position: the statement's span in the article with this URL (0 to 0: the title), the topic, and the right stance (null: the topic is wrong).</summary>
internal sealed record CalibrationLabel(string Url, int Start, int End, string Topic, Stance? Stance);

internal static class CalibrationLabels
{
    /// <summary>Reads the labels TSV (header row; <c>url start end topic stance</c>, more columns ignored); a bad line is a usage error naming it.</summary>
    public static IReadOnlyList<CalibrationLabel> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"--labels '{path}': no such file");
        }
        var result = new List<CalibrationLabel>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 5 || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
            {
                throw new UsageException($"{path}:{number}: expected url, start, end, topic and stance, tab-separated");
            }
            Stance? stance = null;
            if (f[4] != "-")
            {
                if (!StanceNames.TryParse(f[4], out var parsed))
                {
                    throw new UsageException($"{path}:{number}: stance '{f[4]}' is not support, open, neutral, oppose or -");
                }
                stance = parsed;
            }
            result.Add(new CalibrationLabel(f[0], start, end, f[3], stance));
        }
        return result;
    }
}
