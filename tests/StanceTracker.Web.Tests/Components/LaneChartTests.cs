using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Web.Components.Presentation;
using StanceTracker.Web.Components.Shared;

namespace StanceTracker.Web.Tests.Components;

public sealed class LaneChartTests
{
    private static readonly DateOnly End = new(2026, 1, 1);

    private static PositionEvidence Evidence(long id, DateOnly date, Stance stance, string text = "") =>
        new(id, "emmanuel-macron", "emmanuel-macron", "Emmanuel Macron", "FRA", "head-of-state", "President", date, "troops-in-ukraine", stance, 0.9, false, stance,
            text.Length == 0 ? $"statement {id}" : text);

    private static LaneSubject Subject(string name, params PositionEvidence[] steps)
    {
        var shifts = new List<Shift>();
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].Stance != steps[i - 1].Stance)
            {
                shifts.Add(new Shift(name, "troops-in-ukraine", ShiftKind.Hardening, steps[i - 1], steps[i]));
            }
        }
        return new LaneSubject(name, steps, shifts);
    }

    [Fact]
    public void Each_subject_gets_its_own_lane_and_each_position_a_segment_in_time_order()
    {
        var model = new LaneChartModel(
            [Subject("France", Evidence(1, new(2025, 1, 1), Stance.Oppose), Evidence(2, new(2025, 3, 1), Stance.Support)),
             Subject("Poland", Evidence(3, new(2025, 1, 1), Stance.Oppose))], End, 365, LaneLayout.Wide);

        Assert.Equal(["France", "Poland"], model.Lanes.Select(l => l.Name));
        Assert.True(model.Lanes[1].Top > model.Lanes[0].Top, "lanes stack, none drawn over another");
        var france = model.Lanes[0].Segments;
        Assert.Equal([Stance.Oppose, Stance.Support], france.Select(s => s.Stance));
        // Oppose holds until the next statement, where support begins: no gap, no overlap.
        Assert.Equal(france[0].X + france[0].Width, france[1].X, 3);
        Assert.False(france[0].Lapses);
        Assert.Single(model.Lanes[0].Shifts);
        Assert.Equal(model.X(new DateOnly(2025, 3, 1)), model.Lanes[0].Shifts[0].X, 3);
        Assert.Contains("France, 1 shift: oppose from 2025-01-01; support from 2025-03-01.", model.Lanes[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_lapses_after_the_window_and_leaves_a_gap_before_the_next()
    {
        var model = new LaneChartModel([Subject("France", Evidence(1, new(2018, 1, 1), Stance.Oppose), Evidence(2, new(2025, 3, 1), Stance.Oppose))], End, 365, LaneLayout.Wide);
        var segments = model.Lanes[0].Segments;
        Assert.True(segments[0].Lapses);
        Assert.Equal(new DateOnly(2019, 1, 1), segments[0].Until);
        Assert.True(segments[0].X + segments[0].Width < segments[1].X - 100, "a gap shows where no position stood");
        Assert.Contains("until it lapsed on 2019-01-01", segments[0].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void The_narrow_layout_puts_names_above_full_width_bars()
    {
        var subjects = new[] { Subject("France", Evidence(1, new(2025, 1, 1), Stance.Open)) };
        var wide = new LaneChartModel(subjects, End, 365, LaneLayout.Wide);
        var narrow = new LaneChartModel(subjects, End, 365, LaneLayout.Narrow);
        Assert.False(LaneLayout.Wide.NameAbove);
        Assert.True(LaneLayout.Narrow.NameAbove);
        Assert.True(narrow.BarTop(narrow.Lanes[0]) > narrow.Lanes[0].Top);
        Assert.True(narrow.X(narrow.Start) < wide.X(wide.Start) / 4, "the bars start at the edge, not after a name column");
        Assert.InRange(narrow.Ticks.Count, 1, LaneLayout.Narrow.MaxTicks + 1);
    }

    [Fact]
    public async Task The_chart_gives_every_segment_a_name_and_focus_and_the_lanes_a_table()
    {
        var subjects = new[]
        {
            Subject("France", Evidence(1, new(2024, 2, 26), Stance.Open, "Macron said troops could not be ruled out."),
                Evidence(2, new(2025, 2, 17), Stance.Support, "<b>ready</b> to deploy")),
        };
        await using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        var chart = context.Render<StanceLaneChart>(p => p.Add(x => x.Subjects, subjects).Add(x => x.End, End).Add(x => x.Id, "t"));

        // Drawn twice (wide and narrow), each segment focusable, named and carrying its quote.
        var segments = chart.FindAll("[data-testid=lane-segment]");
        Assert.Equal(4, segments.Count);
        Assert.All(segments, s => Assert.Equal("0", s.GetAttribute("tabindex")));
        Assert.Contains("support from 2025-02-17", segments[1].GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(2, chart.FindAll("[data-testid=shift-marker]").Count);
        Assert.NotNull(chart.Find("svg#t-wide"));
        Assert.NotNull(chart.Find("svg#t-narrow"));
        // Colour is an attribute, so an exported SVG keeps it; the quote is text, never markup.
        Assert.Equal(StanceColours.Fill(Stance.Support), segments[1].GetAttribute("fill"));
        Assert.Empty(chart.FindAll("svg b"));
        Assert.Contains("<b>ready</b> to deploy", chart.Find("[data-testid=lane-table]").TextContent, StringComparison.Ordinal);

        segments[1].Focus();
        Assert.Contains("<b>ready</b> to deploy", chart.Find("[data-testid=lane-detail]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_interaction_segments_are_images_with_names_and_take_no_focus()
    {
        await using var context = new BunitContext();
        var chart = context.Render<StanceLaneChart>(p => p
            .Add(x => x.Subjects, [Subject("France", Evidence(1, new(2025, 1, 1), Stance.Oppose))])
            .Add(x => x.End, End).Add(x => x.Interactive, false));
        var segment = chart.FindAll("[data-testid=lane-segment]")[0];
        Assert.Null(segment.GetAttribute("tabindex"));
        Assert.Equal("img", segment.GetAttribute("role"));
        Assert.Empty(chart.FindAll("[data-testid=lane-detail]"));
    }
}
