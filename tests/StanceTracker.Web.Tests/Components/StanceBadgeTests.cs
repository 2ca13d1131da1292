using Bunit;
using StanceTracker.Core.Classification;
using StanceTracker.Web.Components.Shared;

namespace StanceTracker.Web.Tests.Components;

public sealed class StanceBadgeTests
{
    [Theory]
    [InlineData(Stance.Support, "+", "stance-support")]
    [InlineData(Stance.Open, "±", "stance-open")]
    [InlineData(Stance.Neutral, "○", "stance-neutral")]
    [InlineData(Stance.Oppose, "−", "stance-oppose")]
    public async Task Each_stance_has_its_own_symbol_and_colour(Stance stance, string symbol, string css)
    {
        await using var context = new BunitContext();
        var badge = context.Render<StanceBadge>(p => p.Add(b => b.Stance, stance));
        var span = badge.Find("span");
        Assert.Equal(symbol, span.TextContent);
        Assert.Contains(css, span.ClassList);
    }

    [Fact]
    public async Task No_statement_is_shown_apart_from_neutral()
    {
        await using var context = new BunitContext();
        var badge = context.Render<StanceBadge>(p => p.Add(b => b.Stance, (Stance?)null));
        Assert.Contains("stance-none", badge.Find("span").ClassList);
        Assert.Equal("no statement", badge.Find("span").GetAttribute("title"));
    }

    [Fact]
    public async Task Article_text_in_the_detail_stays_text()
    {
        await using var context = new BunitContext();
        var badge = context.Render<StanceBadge>(p => p
            .Add(b => b.Stance, Stance.Oppose)
            .Add(b => b.Detail, "<script>alert(1)</script><img src=x onerror=alert(2)>"));
        Assert.Empty(badge.FindAll("script"));
        Assert.Empty(badge.FindAll("img"));
        Assert.Contains("<script>", badge.Find("span").GetAttribute("title"), StringComparison.Ordinal);
    }
}
