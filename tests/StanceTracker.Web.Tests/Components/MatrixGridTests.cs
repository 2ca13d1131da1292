using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Pages.Matrix;

namespace StanceTracker.Web.Tests.Components;

public sealed class MatrixGridTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static MatrixCell Cell(string country, DateOnly date, double confidence = 0.9, bool reviewed = false, DateOnly? leftOffice = null) =>
        new(country, "troops-in-ukraine", Stance.Oppose, confidence, date, "Speaker", null, 1, 1, Reviewed: reviewed, LeftOfficeOn: leftOffice);

    [Fact]
    public void A_country_silent_in_the_window_keeps_its_last_known_position_marked_stale_with_its_age()
    {
        var current = new MatrixView(AsOf, [], ["POL"], [Cell("POL", new DateOnly(2025, 6, 20))]);
        var lastKnown = new MatrixView(AsOf, [], ["HUN", "POL"], [Cell("HUN", new DateOnly(2023, 3, 10)), Cell("POL", new DateOnly(2025, 6, 20))]);

        var grid = MatrixGrid.Build(current, lastKnown);

        Assert.False(grid[("POL", "troops-in-ukraine")].Stale);
        var hungary = grid[("HUN", "troops-in-ukraine")];
        Assert.True(hungary.Stale);
        Assert.Equal(843, hungary.AgeDays);
        Assert.Equal("2 y", GridCell.Age(hungary.AgeDays));
        Assert.Equal(["HUN", "POL"], MatrixGrid.Countries(grid));
    }

    [Fact]
    public void The_window_wins_over_the_last_known_position_when_they_differ()
    {
        // Without a window a more senior speaker of long ago may win; inside it, the cell is what the window says.
        var current = new MatrixView(AsOf, [], ["POL"], [Cell("POL", new DateOnly(2025, 6, 20)) with { Stance = Stance.Open }]);
        var lastKnown = new MatrixView(AsOf, [], ["POL"], [Cell("POL", new DateOnly(2022, 1, 1)) with { Stance = Stance.Support }]);

        var cell = MatrixGrid.Build(current, lastKnown)[("POL", "troops-in-ukraine")];

        Assert.Equal(Stance.Open, cell.Cell.Stance);
        Assert.False(cell.Stale);
    }

    [Theory]
    [InlineData(0.27, false, true)]
    [InlineData(0.59, false, true)]
    [InlineData(0.60, false, false)]
    [InlineData(0.95, false, false)]
    [InlineData(0.27, true, false)]
    public void Low_confidence_is_an_unreviewed_model_reading_below_the_shift_threshold(double confidence, bool reviewed, bool low)
    {
        Assert.Equal(PositionRules.Default.ShiftConfidence, GridCell.LowConfidenceBelow);
        Assert.Equal(low, new GridCell(Cell("ITA", AsOf, confidence, reviewed), false, 0).LowConfidence);
    }

    [Fact]
    public void A_speaker_who_left_office_is_flagged()
    {
        Assert.True(new GridCell(Cell("DEU", new DateOnly(2025, 2, 18), leftOffice: new DateOnly(2025, 5, 6)), false, 132).LeftOffice);
        Assert.False(new GridCell(Cell("DEU", new DateOnly(2025, 2, 18)), false, 132).LeftOffice);
    }

    [Theory]
    [InlineData(5, "5 d")]
    [InlineData(59, "59 d")]
    [InlineData(60, "2 mo")]
    [InlineData(400, "13 mo")]
    [InlineData(730, "2 y")]
    public void Ages_are_short(int days, string expected) => Assert.Equal(expected, GridCell.Age(days));

    [Fact]
    public void Slider_months_run_from_the_first_month_with_data_to_today()
    {
        var today = new DateOnly(2026, 12, 7);
        var months = MatrixMonths.For(new PositionDates(new DateOnly(2023, 3, 10), new DateOnly(2025, 6, 30)), today);

        Assert.Equal(new DateOnly(2023, 3, 1), months.First);
        Assert.Equal("Mar 2023", months.Label(0));
        Assert.Equal(46, months.Count);
        Assert.Equal(27, months.Index(new DateOnly(2025, 6, 30)));
        Assert.Equal(new DateOnly(2025, 6, 30), months.End(27));
        Assert.Equal(today, months.End(months.Count - 1));
        Assert.Equal(0, months.Index(new DateOnly(2014, 1, 1)));
        Assert.Equal(months.Count - 1, months.Index(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void An_empty_database_gives_a_slider_of_one_month_ending_today()
    {
        var today = new DateOnly(2026, 12, 7);
        var months = MatrixMonths.For(new PositionDates(null, null), today);

        Assert.Equal(1, months.Count);
        Assert.Equal(today, months.End(0));
    }
}
