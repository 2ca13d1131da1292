using System.Globalization;
using System.Text;
using StanceTracker.Core.Classification;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>One statement date on a step chart: the stance that held from then on.</summary>
public sealed record StepPoint(DateOnly Date, Stance Stance, string Detail);

/// <summary>A shift on a step chart: where the line changes stance for good.</summary>
public sealed record StepMarker(DateOnly Date, Stance From, Stance To, string Label);

/// <summary>One subject's line: an actor or a country on one topic.</summary>
public sealed record StepSeries(string Name, IReadOnlyList<StepPoint> Points, IReadOnlyList<StepMarker> Shifts);

/// <summary>A drawn point or marker, in SVG coordinates.</summary>
public sealed record ChartDot(double X, double Y, string Title, Stance Stance);

/// <summary>A series as drawn: its SVG path (gaps where a position lapsed), its statement dots and its shift markers.</summary>
public sealed record DrawnSeries(string Name, string Colour, string Path, IReadOnlyList<ChartDot> Dots, IReadOnlyList<ChartDot> Shifts);

/// <summary>An axis tick, in SVG coordinates.</summary>
public sealed record ChartTick(double Position, string Label);

/// <summary>
/// Lays out stance step charts: time runs left to right in proportion, stance is on the integer scale of
/// <see cref="StanceScale"/>. A position holds until the next statement or until it lapses after the window, when
/// the line breaks: no statement is not neutral. Series that share a stance are nudged apart so none hides another.
/// </summary>
public sealed class StepChartModel
{
    public const double Width = 960;
    public const double Height = 300;
    public const double Left = 78;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 34;

    // Okabe-Ito hues not used for stances, then black: series are told apart by colour, stances by height.
    private static readonly string[] Palette = ["#000000", "#E69F00", "#009E73", "#CC79A7", "#7A5195", "#8C6D31", "#5F6B6D"];

    public StepChartModel(IReadOnlyList<StepSeries> series, DateOnly end, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(series);
        var dates = series.SelectMany(s => s.Points).Select(p => p.Date).ToList();
        if (dates.Count == 0)
        {
            Start = end.AddYears(-1);
            End = end;
        }
        else
        {
            var first = dates.Min();
            var last = dates.Max();
            Start = first.AddDays(-Math.Max(30, (last.DayNumber - first.DayNumber) / 20));
            End = end > last ? end : last.AddDays(30);
        }
        WindowDays = windowDays;
        YTicks = Enumerable.Range(StanceScale.Min, StanceScale.Max - StanceScale.Min + 1)
            .Select(v => new ChartTick(Y(v), StanceScale.Label(v)))
            .ToList();
        XTicks = BuildXTicks();
        Series = series.Select((s, i) => Draw(s, i, series.Count)).ToList();
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int WindowDays { get; }

    public IReadOnlyList<ChartTick> YTicks { get; }

    public IReadOnlyList<ChartTick> XTicks { get; }

    public IReadOnlyList<DrawnSeries> Series { get; }

    public double X(DateOnly date)
    {
        var span = Math.Max(1, End.DayNumber - Start.DayNumber);
        return Left + (date.DayNumber - Start.DayNumber) * (Width - Left - Right) / span;
    }

    public static double Y(double scaleValue) =>
        Top + (StanceScale.Max - scaleValue) * (Height - Top - Bottom) / (StanceScale.Max - StanceScale.Min);

    private DrawnSeries Draw(StepSeries series, int index, int count)
    {
        // Up to ±0.15 of a stance step apart: close enough to read as the same stance.
        var nudge = count <= 1 ? 0 : (index - (count - 1) / 2.0) * Math.Min(0.3 / (count - 1), 0.08);
        var points = series.Points.OrderBy(p => p.Date).ToList();
        var path = new StringBuilder();
        double? penY = null;
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var y = Y(StanceScale.Value(point.Stance) + nudge);
            var lapse = point.Date.AddDays(WindowDays);
            var next = i + 1 < points.Count ? points[i + 1].Date : (DateOnly?)null;
            var until = next is { } n && n <= lapse ? n : lapse < End ? lapse : End;
            if (penY is null)
            {
                path.Append(CultureInfo.InvariantCulture, $"M{X(point.Date):0.#},{y:0.#}");
            }
            else
            {
                path.Append(CultureInfo.InvariantCulture, $"V{y:0.#}");
            }
            path.Append(CultureInfo.InvariantCulture, $"H{X(until):0.#}");
            // Continue the pen to the next step only when the position had not lapsed in between.
            penY = next is { } following && following <= lapse ? y : null;
            if (penY is null && i + 1 < points.Count)
            {
                path.Append(' ');
            }
        }
        var dots = points.Select(p => new ChartDot(X(p.Date), Y(StanceScale.Value(p.Stance) + nudge), p.Detail, p.Stance)).ToList();
        var shifts = series.Shifts.Select(s => new ChartDot(X(s.Date), Y(StanceScale.Value(s.To) + nudge), s.Label, s.To)).ToList();
        return new DrawnSeries(series.Name, Palette[index % Palette.Length], path.ToString().Trim(), dots, shifts);
    }

    private List<ChartTick> BuildXTicks()
    {
        var years = (End.DayNumber - Start.DayNumber) / 365.0;
        var ticks = new List<ChartTick>();
        if (years > 2.5)
        {
            var step = years > 8 ? 2 : 1;
            for (var year = Start.Year + 1; year <= End.Year; year += step)
            {
                ticks.Add(new ChartTick(X(new DateOnly(year, 1, 1)), year.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            var months = years > 1 ? 3 : 1;
            var month = new DateOnly(Start.Year, Start.Month, 1).AddMonths(1);
            for (; month <= End; month = month.AddMonths(months))
            {
                ticks.Add(new ChartTick(X(month), month.ToString("MMM yyyy", CultureInfo.InvariantCulture)));
            }
        }
        return ticks;
    }
}
