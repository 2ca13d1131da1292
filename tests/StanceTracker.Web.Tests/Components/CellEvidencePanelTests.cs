using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Pages.Matrix;
using StanceTracker.Web.Components.Shared;

namespace StanceTracker.Web.Tests.Components;

public sealed class CellEvidencePanelTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 1);

    internal static CellStatement Statement(long id, string speaker, string office, string role, DateOnly date, Stance stance, string text,
        string? url = "https://example.test/a", bool reviewed = false) =>
        new(new PositionEvidence(id, speaker.ToLowerInvariant(), null, speaker, "POL", office, role, date, "troops-in-ukraine", stance, 0.87,
            reviewed, stance, text, "Leaders meet in Paris", url), "Sample Wire");

    private static CellEvidence Disagreeing() => new("POL", "troops-in-ukraine", AsOf, AsOf.AddDays(-365), 365,
        Statement(1, "Donald Tusk", Offices.HeadOfGovernment, "Prime Minister", new DateOnly(2025, 2, 12), Stance.Oppose, "Tusk ruled out sending troops.", reviewed: true),
        CountryRule.MostSenior, true,
        [Statement(2, "Radosław Sikorski", Offices.ForeignMinister, "Foreign Minister", new DateOnly(2025, 2, 20), Stance.Open, "Sikorski said a force could be discussed.", "javascript:alert(1)")],
        []);

    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        return context;
    }

    [Fact]
    public async Task Panel_shows_the_winning_quote_and_the_rule_in_words()
    {
        await using var context = Context();
        var panel = context.Render<CellEvidencePanel>(p => p.Add(x => x.Evidence, Disagreeing()).Add(x => x.CountryName, "Poland").Add(x => x.TopicLabel, "Troops in Ukraine"));

        Assert.Contains("Poland · Troops in Ukraine", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("Tusk ruled out sending troops.", panel.Find("[data-testid=cell-winner]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Most senior speaker: the head of government (Donald Tusk) outranks the foreign minister (Radosław Sikorski)",
            panel.Find("[data-testid=cell-rule]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.Find("[data-testid=cell-disagreement]"));
        Assert.Contains("Prime Minister", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("confidence 0.87", panel.Markup, StringComparison.Ordinal);
        Assert.Single(panel.FindAll("[data-testid=reviewed]"));
        Assert.Equal(2, panel.FindAll("[data-testid=statement-quote]").Count);
    }

    [Fact]
    public async Task Only_http_sources_become_links()
    {
        await using var context = Context();
        var panel = context.Render<CellEvidencePanel>(p => p.Add(x => x.Evidence, Disagreeing()));
        var links = panel.FindAll("a.source-link");
        var link = Assert.Single(links);
        Assert.Equal("https://example.test/a", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.DoesNotContain("javascript:", string.Join(" ", panel.FindAll("a").Select(a => a.GetAttribute("href"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_text_is_never_markup()
    {
        await using var context = Context();
        var evidence = Disagreeing() with
        {
            Winner = Statement(1, "<b>Tusk</b>", Offices.HeadOfGovernment, "PM", AsOf, Stance.Oppose, "<script>alert(1)</script><img src=x onerror=alert(2)>"),
        };
        var panel = context.Render<CellEvidencePanel>(p => p.Add(x => x.Evidence, evidence));
        Assert.Empty(panel.FindAll("script"));
        Assert.Empty(panel.FindAll("img"));
        Assert.Empty(panel.FindAll(".statement-speaker b"));
    }

    [Fact]
    public void Rule_words_for_a_sole_speaker_and_for_equals()
    {
        var sole = Disagreeing() with { Rule = CountryRule.SoleSpeaker, Others = [], Disagreement = false };
        Assert.StartsWith("Only speaker in the last 365 days: Donald Tusk (head of government)", RuleExplanation.Describe(sole), StringComparison.Ordinal);

        var equals = Disagreeing() with
        {
            Rule = CountryRule.LatestAmongEquals,
            Others = [Statement(3, "Andrzej Duda", Offices.HeadOfState, "President", new DateOnly(2025, 1, 5), Stance.Oppose, "Duda said no.")],
        };
        Assert.Equal("Latest among equally senior speakers: Donald Tusk (head of government) spoke on 12 Feb 2025, after Andrzej Duda on 5 Jan 2025.",
            RuleExplanation.Describe(equals));

        var empty = new CellEvidence("POL", "troops-in-ukraine", AsOf, AsOf.AddDays(-365), 365, null, null, false, [], []);
        Assert.StartsWith("No statement", RuleExplanation.Describe(empty), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legend_shows_every_stance_no_statement_and_the_disagreement_marker()
    {
        await using var context = new BunitContext();
        var legend = context.Render<StanceLegend>(p => p.Add(x => x.ShowDisagreement, true));
        var items = legend.FindAll(".legend-item");
        Assert.Equal(6, items.Count);
        Assert.Equal(["support", "open", "neutral", "oppose", "no statement", "speakers disagree"], items.Select(i => i.TextContent.Trim()[1..].Trim().TrimStart('!').Trim()));
        Assert.Single(legend.FindAll(".stance-none"));
        Assert.Single(legend.FindAll(".disagree-mark"));
    }
}
