using Bunit;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Pages.Timeline;
using StanceTracker.Web.Components.Presentation;
using StanceTracker.Web.Components.Shared;

namespace StanceTracker.Web.Tests.Components;

public sealed class StepChartTests
{
    private static readonly DateOnly End = new(2026, 1, 1);

    private static StepSeries Series(string name, params (int Year, int Month, Stance Stance)[] points) =>
        new(name, points.Select(p => new StepPoint(new DateOnly(p.Year, p.Month, 1), p.Stance, $"{name} {p.Stance}")).ToList(), []);

    [Fact]
    public void Stances_sit_on_the_integer_scale_support_on_top()
    {
        Assert.Equal([-2, 0, 1, 2], new[] { Stance.Oppose, Stance.Neutral, Stance.Open, Stance.Support }.Select(StanceScale.Value));
        var model = new StepChartModel([Series("A", (2025, 1, Stance.Oppose), (2025, 3, Stance.Support))], End, 365);
        var dots = model.Series[0].Dots;
        Assert.True(dots[1].Y < dots[0].Y, "support is drawn above oppose");
        Assert.True(dots[1].X > dots[0].X, "later is to the right");
        Assert.Equal(["oppose", "", "neutral", "open", "support"], model.YTicks.Select(t => t.Label));
    }

    [Fact]
    public void Consecutive_statements_join_as_steps_and_a_lapsed_position_breaks_the_line()
    {
        var joined = new StepChartModel([Series("A", (2025, 1, Stance.Oppose), (2025, 3, Stance.Support))], End, 365).Series[0].Path;
        Assert.Single(joined.Split('M', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains('V', joined);

        var lapsed = new StepChartModel([Series("A", (2018, 1, Stance.Oppose), (2025, 3, Stance.Support))], End, 365).Series[0].Path;
        Assert.Equal(2, lapsed.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Series_sharing_a_stance_are_drawn_apart_in_their_own_colours()
    {
        var model = new StepChartModel([Series("A", (2025, 1, Stance.Open)), Series("B", (2025, 1, Stance.Open))], End, 365);
        Assert.NotEqual(model.Series[0].Dots[0].Y, model.Series[1].Dots[0].Y);
        Assert.True(Math.Abs(model.Series[0].Dots[0].Y - model.Series[1].Dots[0].Y) < Math.Abs(StepChartModel.Y(1) - StepChartModel.Y(0)) / 2);
        Assert.NotEqual(model.Series[0].Colour, model.Series[1].Colour);
    }

    [Fact]
    public async Task Timeline_subjects_become_series_with_shift_markers()
    {
        PositionEvidence Evidence(long id, DateOnly date, Stance stance) =>
            new(id, "emmanuel-macron", "emmanuel-macron", "Emmanuel Macron", "FRA", "head-of-state", "President", date, "troops-in-ukraine", stance, 0.9, false, stance, $"statement {id}");
        var before = Evidence(1, new DateOnly(2024, 2, 26), Stance.Open);
        var after = Evidence(2, new DateOnly(2025, 2, 17), Stance.Support);
        var timeline = new Timeline("emmanuel-macron", "Emmanuel Macron", "troops-in-ukraine",
            [new TimelineStep(before.Date, before), new TimelineStep(after.Date, after)],
            [new Shift("emmanuel-macron", "troops-in-ukraine", ShiftKind.Hardening, before, after)]);

        var series = TimelinePage.ToSeries([new TimelinePage.TimelineSubject("Emmanuel Macron", timeline)]);
        var only = Assert.Single(series);
        Assert.Equal([Stance.Open, Stance.Support], only.Points.Select(p => p.Stance));
        var marker = Assert.Single(only.Shifts);
        Assert.Equal(new DateOnly(2025, 2, 17), marker.Date);
        Assert.Contains("hardening, open → support", marker.Label, StringComparison.Ordinal);

        await using var context = new BunitContext();
        var chart = context.Render<StanceStepChart>(p => p.Add(x => x.Series, series).Add(x => x.End, End));
        Assert.Single(chart.FindAll("[data-testid=shift-marker]"));
        Assert.Equal(2, chart.FindAll("circle.dot").Count);
        Assert.Contains("support", chart.FindAll("text.y-label").Select(t => t.TextContent));
        Assert.Contains("Emmanuel Macron", chart.Find(".step-legend").TextContent, StringComparison.Ordinal);
    }
}
