using StanceTracker.Core.Text;

namespace StanceTracker.Core.Tests.Text;

public sealed class QuoteFinderTests
{
    private static List<string> TopLevel(string text) =>
        TextLayout.Analyse(text).TopLevelQuotes.Select(q => text[q.ContentStart..q.ContentEnd]).ToList();

    [Theory]
    [InlineData("He said \u201Cno\u201D and left.")]
    [InlineData("He said \"no\" and left.")]
    [InlineData("He said \u00ABno\u00BB and left.")]
    [InlineData("He said \u201Eno\u201D and left.")]
    public void Pairs_curly_straight_low_and_guillemet_marks(string text)
    {
        Assert.Equal(["no"], TopLevel(text));
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks_but_inner_single_quotes_are_nested()
    {
        const string text = "\u201CRussia\u2019s view is \u2018firm\u2019, and we don\u2019t agree,\u201D he said.";
        var layout = TextLayout.Analyse(text);

        var outer = Assert.Single(layout.TopLevelQuotes);
        Assert.Equal("Russia\u2019s view is \u2018firm\u2019, and we don\u2019t agree,", text[outer.ContentStart..outer.ContentEnd]);
        var inner = Assert.Single(layout.Quotes, q => q.Depth == 1);
        Assert.Equal("firm", text[inner.ContentStart..inner.ContentEnd]);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_reopened_each_time_is_one_quote()
    {
        const string text = "She said: \u201CFirst part.\n\n\u201CSecond part.\n\n\u201CThird part.\u201D\n\nNext paragraph.";

        var quote = Assert.Single(TextLayout.Analyse(text).TopLevelQuotes);
        Assert.True(quote.Continued);
        Assert.EndsWith("Third part.", text[quote.ContentStart..quote.ContentEnd], StringComparison.Ordinal);
        Assert.StartsWith("First part.", text[quote.ContentStart..quote.ContentEnd], StringComparison.Ordinal);
    }

    [Fact]
    public void An_odd_quotation_mark_does_not_spoil_later_paragraphs()
    {
        const string text = "He called it \"a \u201Cdisaster and walked off.\n\nLater she said \"yes\" and \"no\".\n\n\u201CFine,\u201D they said.";

        Assert.Equal(["yes", "no", "Fine,"], TopLevel(text));
    }

    [Fact]
    public void A_straight_mark_after_a_word_with_nothing_open_is_ignored()
    {
        const string text = "The 12\" gun fired. He said \"go\" twice.";

        Assert.Equal(["go"], TopLevel(text));
    }
}

public sealed class StrayClosingMarkTests
{
    [Fact]
    public void A_straight_mark_after_a_word_or_punctuation_never_opens_a_quote()
    {
        const string text = "He said kits would be ready for schools,\" For example, schools can vote\". People agreed it had a \"strong rationale\". Then he said, \"Fine\".";

        Assert.Equal(["strong rationale", "Fine"], TextLayout.Analyse(text).TopLevelQuotes.Select(q => text[q.ContentStart..q.ContentEnd]));
    }
}
