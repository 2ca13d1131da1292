using System.Globalization;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>One subject's positions on a topic, oldest first: an actor, or a country by the seniority rule.</summary>
public sealed record LaneSubject(string Name, IReadOnlyList<PositionEvidence> Steps, IReadOnlyList<Shift> Shifts);

/// <summary>A stretch of a lane in one stance: from one statement until the next, or until the position lapsed.</summary>
public sealed record LaneSegment(double X, double Width, DateOnly From, DateOnly Until, bool Lapses, PositionEvidence Evidence, string Label)
{
    public Stance Stance => Evidence.Stance;
}

/// <summary>A shift as drawn, in SVG coordinates.</summary>
public sealed record DrawnShift(double X, Shift Shift, string Label);

/// <summary>A lane as drawn: its top edge, its segments, its shifts and a sentence saying all of it.</summary>
public sealed record DrawnLane(string Name, double Top, IReadOnlyList<LaneSegment> Segments, IReadOnlyList<DrawnShift> Shifts, string Summary);

/// <summary>An axis tick, in SVG coordinates.</summary>
public sealed record LaneTick(double Position, string Label);

/// <summary>
/// Where things go in one drawing of the chart. Wide puts names in a column left of the lanes; narrow (a phone) puts
/// each name above its lane so the bars keep the whole width.
/// </summary>
public sealed record LaneLayout(string Name, double Width, double Left, double Right, double NameHeight, double BarHeight, double Gap, int MaxTicks)
{
    public static LaneLayout Wide { get; } = new("wide", 960, 176, 16, 0, 30, 18, 12);

    public static LaneLayout Narrow { get; } = new("narrow", 420, 8, 8, 24, 28, 14, 4);

    public const double AxisHeight = 28;

    public bool NameAbove => NameHeight > 0;

    public double LaneHeight => NameHeight + BarHeight + Gap;
}

/// <summary>
/// Lays out stance lanes: one horizontal lane per subject, time left to right in proportion, each position a segment
/// coloured by its stance. Stance is categorical, so it is a colour and a word, never a height. A position holds until
/// the next statement or until it lapses after the window, when the lane shows a gap: no statement is not neutral.
/// </summary>
public sealed class LaneChartModel
{
    public LaneChartModel(IReadOnlyList<LaneSubject> subjects, DateOnly end, int windowDays, LaneLayout layout)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
        WindowDays = windowDays;
        var dates = subjects.SelectMany(s => s.Steps).Select(p => p.Date).ToList();
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
        Lanes = subjects.Select((s, i) => Draw(s, LaneLayout.AxisHeight + i * layout.LaneHeight)).ToList();
        Height = LaneLayout.AxisHeight + subjects.Count * layout.LaneHeight + 4;
        Ticks = BuildTicks();
    }

    public LaneLayout Layout { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int WindowDays { get; }

    public double Height { get; }

    public IReadOnlyList<DrawnLane> Lanes { get; }

    public IReadOnlyList<LaneTick> Ticks { get; }

    public double X(DateOnly date)
    {
        var span = Math.Max(1, End.DayNumber - Start.DayNumber);
        return Layout.Left + (date.DayNumber - Start.DayNumber) * (Layout.Width - Layout.Left - Layout.Right) / span;
    }

    /// <summary>The top of a lane's bar, below its name when the name sits above.</summary>
    public double BarTop(DrawnLane lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        return lane.Top + Layout.NameHeight;
    }

    private DrawnLane Draw(LaneSubject subject, double top)
    {
        var steps = subject.Steps.OrderBy(s => s.Date).ToList();
        var segments = new List<LaneSegment>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var lapse = step.Date.AddDays(WindowDays);
            var next = i + 1 < steps.Count ? steps[i + 1].Date : (DateOnly?)null;
            var lapses = next is not { } n || n > lapse;
            var until = !lapses ? next!.Value : lapse < End ? lapse : End;
            var x = X(step.Date);
            // A statement the same day as the next still gets a sliver, so it can be hovered and focused.
            var width = Math.Max(2, X(until) - x);
            segments.Add(new LaneSegment(x, width, step.Date, until, lapses && lapse < End, step, SegmentLabel(subject.Name, step, until, lapses && lapse < End)));
        }
        var shifts = subject.Shifts.Select(s => new DrawnShift(X(s.Date), s, ShiftLabel(subject.Name, s))).ToList();
        return new DrawnLane(subject.Name, top, segments, shifts, Summary(subject.Name, segments, shifts));
    }

    private static string SegmentLabel(string subject, PositionEvidence step, DateOnly until, bool lapsed) => string.Create(CultureInfo.InvariantCulture,
        $"{subject}: {step.Stance.ToId()} from {IsoDate.Format(step.Date)} {(lapsed ? "until it lapsed on" : "until")} {IsoDate.Format(until)}. {step.SpeakerName}: “{Shorten(step.Text)}”");

    internal static string ShiftLabel(string subject, Shift shift) => string.Create(CultureInfo.InvariantCulture,
        $"{IsoDate.Format(shift.Date)} {subject}: {shift.Kind.ToString().ToLowerInvariant()}, {shift.From.ToId()} → {shift.To.ToId()}");

    private static string Summary(string subject, List<LaneSegment> segments, List<DrawnShift> shifts)
    {
        var runs = segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stance.ToId()} from {IsoDate.Format(s.From)}"));
        var shiftCount = shifts.Count == 1 ? "1 shift" : $"{shifts.Count} shifts";
        return $"{subject}, {shiftCount}: {string.Join("; ", runs)}.";
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    private List<LaneTick> BuildTicks()
    {
        var years = (End.DayNumber - Start.DayNumber) / 365.0;
        var ticks = new List<LaneTick>();
        if (years > 2.5)
        {
            var step = (int)Math.Ceiling(years / Layout.MaxTicks);
            for (var year = Start.Year + 1; year <= End.Year; year += step)
            {
                ticks.Add(new LaneTick(X(new DateOnly(year, 1, 1)), year.ToString(CultureInfo.InvariantCulture)));
            }
            return ticks;
        }
        var months = (int)Math.Ceiling(years * 12 / Layout.MaxTicks);
        months = months <= 1 ? 1 : months <= 3 ? 3 : months <= 6 ? 6 : 12;
        var month = new DateOnly(Start.Year, Start.Month, 1).AddMonths(1);
        for (; month <= End; month = month.AddMonths(months))
        {
            ticks.Add(new LaneTick(X(month), month.ToString("MMM yyyy", CultureInfo.InvariantCulture)));
        }
        return ticks;
    }
}
