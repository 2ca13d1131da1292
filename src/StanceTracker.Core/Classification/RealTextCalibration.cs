using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StanceTracker.Core.Classification;

/// <summary>One pooled block of the isotonic fit: labelled positions whose model confidence lay in [From, To], and the share of them read right.</summary>
public sealed record CalibrationStep(double From, double To, int Count, double Right);

/// <summary>
/// What a model's confidence means on real text: the share of its positions that hand-labelled statements from real
/// releases found right (topic and stance), as a non-decreasing function of the confidence the model gives (isotonic
/// regression, pool-adjacent-violators). The model's own calibration is fitted on lines the team wrote, where it is
/// right far more often than on real news, so the review queue would otherwise hold too little.
/// Fitted by <c>stancetracker calibrate</c>; applied by the model it was fitted for (same kind, same training data).
/// </summary>
public sealed record RealTextCalibration(string ModelKind, string TrainingDataHash, string Source, int Labels, IReadOnlyList<CalibrationStep> Steps)
{
    public const string FileName = "real-text-calibration.json";

    /// <summary>Blocks smaller than this are pooled with a neighbour: a share of three labels says little.</summary>
    public const int MinimumBlock = 10;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>
    /// The share right at <paramref name="confidence"/>: linear between the centres of neighbouring blocks, flat beyond
    /// the first and last, so that a small change of confidence never jumps a whole block.
    /// </summary>
    public double Apply(double confidence)
    {
        if (Steps.Count == 0)
        {
            return confidence;
        }
        if (confidence <= Centre(Steps[0]))
        {
            return Steps[0].Right;
        }
        for (var i = 1; i < Steps.Count; i++)
        {
            if (confidence <= Centre(Steps[i]))
            {
                var span = Centre(Steps[i]) - Centre(Steps[i - 1]);
                var w = span <= 0 ? 1 : (confidence - Centre(Steps[i - 1])) / span;
                return Steps[i - 1].Right + w * (Steps[i].Right - Steps[i - 1].Right);
            }
        }
        return Steps[^1].Right;
    }

    // Computed where used: this runs for every position classified, and a record copy could carry a stale array.
    private static double Centre(CalibrationStep step) => (step.From + step.To) / 2;

    /// <summary>Fits the isotonic map to (model confidence, read right) pairs.</summary>
    public static RealTextCalibration Fit(string modelKind, string trainingDataHash, string source, IReadOnlyList<(double Confidence, bool Right)> labelled)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var blocks = new List<(double From, double To, int Count, int Right)>();
        foreach (var (confidence, right) in labelled.OrderBy(l => l.Confidence))
        {
            blocks.Add((confidence, confidence, 1, right ? 1 : 0));
            // Pool while the last block is below the one before it, or the one before is too small to stand alone.
            while (blocks.Count > 1 && Violates(blocks[^2], blocks[^1]))
            {
                PoolLastTwo(blocks);
            }
        }
        // The last block may still be small: pool it backwards, keeping the map non-decreasing.
        while (blocks.Count > 1 && (blocks[^1].Count < MinimumBlock || Violates(blocks[^2], blocks[^1])))
        {
            PoolLastTwo(blocks);
        }
        var steps = blocks.Select(b => new CalibrationStep(Math.Round(b.From, 3), Math.Round(b.To, 3), b.Count, Math.Round((double)b.Right / b.Count, 3))).ToList();
        return new RealTextCalibration(modelKind, trainingDataHash, source, labelled.Count, steps);
    }

    private static void PoolLastTwo(List<(double From, double To, int Count, int Right)> blocks)
    {
        var (a, b) = (blocks[^2], blocks[^1]);
        blocks.RemoveAt(blocks.Count - 1);
        blocks[^1] = (a.From, b.To, a.Count + b.Count, a.Right + b.Right);
    }

    private static bool Violates((double From, double To, int Count, int Right) before, (double From, double To, int Count, int Right) after) =>
        before.Count < MinimumBlock || (double)before.Right / before.Count >= (double)after.Right / after.Count;

    /// <summary>The calibration saved in <paramref name="modelDirectory"/>, or null when there is none.</summary>
    public static RealTextCalibration? Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<RealTextCalibration>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a real-text calibration ({e.Message})", e);
        }
    }

    public void Save(string modelDirectory) =>
        ModelFiles.WriteAtomically(Path.Combine(modelDirectory, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>A reliability table: per band of confidence, how many positions, their mean confidence and the share right.</summary>
    public static string Reliability(IReadOnlyList<(double Confidence, bool Right)> points, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(edges);
        var text = new StringBuilder();
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            var (lo, hi) = (edges[i], edges[i + 1]);
            var band = points.Where(p => p.Confidence >= lo && (p.Confidence < hi || (i + 2 == edges.Count && p.Confidence <= hi))).ToList();
            text.AppendLine(band.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"  {lo:0.00}-{hi:0.00}  {0,4}")
                : string.Create(CultureInfo.InvariantCulture,
                    $"  {lo:0.00}-{hi:0.00}  {band.Count,4}  mean confidence {band.Average(p => p.Confidence):0.000}  right {band.Count(p => p.Right) / (double)band.Count:0.000}"));
        }
        return text.ToString();
    }

    /// <summary>Mean squared gap between confidence and outcome (lower is better).</summary>
    public static double Brier(IReadOnlyList<(double Confidence, bool Right)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Count == 0 ? 0 : points.Average(p => Math.Pow(p.Confidence - (p.Right ? 1 : 0), 2));
    }
}
