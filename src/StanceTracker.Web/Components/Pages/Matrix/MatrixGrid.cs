using System.Globalization;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Web.Components.Pages.Matrix;

/// <summary>
/// One matrix cell as the grid shows it: the position, and how far it can be trusted at a glance. A stale cell is the
/// country's last known position, older than the window (it is not a current position, but it is not "no statement"
/// either); <see cref="AgeDays"/> says how old.
/// </summary>
public sealed record GridCell(MatrixCell Cell, bool Stale, int AgeDays)
{
    /// <summary>
    /// Below this a model's stance is drawn hatched and may be hidden: the same confidence under which the shift detector
    /// will not trust a lone model position either (<see cref="PositionRules.ShiftConfidence"/>).
    /// </summary>
    public static double LowConfidenceBelow => PositionRules.Default.ShiftConfidence;

    /// <summary>A reviewed stance is never low confidence: an analyst has read the statement.</summary>
    public bool LowConfidence => !Cell.Reviewed && Cell.Confidence < LowConfidenceBelow;

    public bool Reviewed => Cell.Reviewed;

    /// <summary>The speaker who stands for the country has since left the office they spoke in.</summary>
    public bool LeftOffice => Cell.LeftOfficeOn is not null;

    /// <summary>Short enough to sit under a badge: days, then months, then years.</summary>
    public static string Age(int days) => days switch
    {
        < 0 => "0 d",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{days} d"),
        < 730 => string.Create(CultureInfo.InvariantCulture, $"{days / 30} mo"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{days / 365} y"),
    };

    /// <summary>The same age in words, for titles and the side panel.</summary>
    public static string AgeInWords(int days) => days switch
    {
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{days} days"),
        < 730 => string.Create(CultureInfo.InvariantCulture, $"{days / 30} months"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{days / 365} years"),
    };
}

/// <summary>The grid: current cells from the window, and the last known position where the window holds none.</summary>
public static class MatrixGrid
{
    /// <param name="current">The matrix in the window.</param>
    /// <param name="lastKnown">The same date with no window, for what each country last said.</param>
    public static IReadOnlyDictionary<(string Country, string Topic), GridCell> Build(MatrixView current, MatrixView lastKnown)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(lastKnown);
        var cells = new Dictionary<(string Country, string Topic), GridCell>();
        foreach (var cell in lastKnown.Cells)
        {
            cells[(cell.Country, cell.TopicId)] = new GridCell(cell, Stale: true, current.AsOf.DayNumber - cell.Date.DayNumber);
        }
        foreach (var cell in current.Cells)
        {
            cells[(cell.Country, cell.TopicId)] = new GridCell(cell, Stale: false, current.AsOf.DayNumber - cell.Date.DayNumber);
        }
        return cells;
    }

    /// <summary>Countries with a current or a last known position.</summary>
    public static IReadOnlyList<string> Countries(IReadOnlyDictionary<(string Country, string Topic), GridCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.Keys.Select(k => k.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// The slider's months: from the month the stored positions begin (not a fixed year, so a database of last spring
/// does not open on a decade of empty months) to the later of today and the last position.
/// </summary>
public sealed record MatrixMonths(DateOnly First, DateOnly Last)
{
    public static MatrixMonths For(PositionDates dates, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var first = dates.Earliest ?? today;
        var last = dates.Latest is { } latest && latest > today ? latest : today;
        return new MatrixMonths(new DateOnly(first.Year, first.Month, 1), last);
    }

    public int Count => Index(Last) + 1;

    /// <summary>The slider position of a date; dates outside the range are clamped to its ends.</summary>
    public int Index(DateOnly date) => Math.Clamp((date.Year - First.Year) * 12 + date.Month - First.Month, 0, Math.Max(0, (Last.Year - First.Year) * 12 + Last.Month - First.Month));

    /// <summary>The as-of date for a month: its last day, or the range's last day for the final month.</summary>
    public DateOnly End(int index)
    {
        var month = First.AddMonths(index);
        var end = month.AddMonths(1).AddDays(-1);
        return end > Last ? Last : end;
    }

    public string Label(int index) => First.AddMonths(index).ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
