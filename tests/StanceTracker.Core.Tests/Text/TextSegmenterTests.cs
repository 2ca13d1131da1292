using StanceTracker.Core.Text;

namespace StanceTracker.Core.Tests.Text;

public sealed class TextSegmenterTests
{
    private static List<string> Sentences(string text)
    {
        var layout = TextLayout.Analyse(text);
        return layout.Sentences.Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var sentences = Sentences("Mr. Smith met Dr. Jones and Gen. J. Brown at No. 10 Downing Street. They talked.");

        Assert.Equal(["Mr. Smith met Dr. Jones and Gen. J. Brown at No. 10 Downing Street.", "They talked."], sentences);
    }

    [Fact]
    public void A_dotted_acronym_ends_a_sentence_only_before_a_sentence_opener()
    {
        var sentences = Sentences("The team flew to the U.S. The minister stayed in the U.S. State Department building.");

        Assert.Equal(["The team flew to the U.S.", "The minister stayed in the U.S. State Department building."], sentences);
    }

    [Fact]
    public void A_quote_spanning_sentences_keeps_its_frame_in_one_sentence()
    {
        var sentences = Sentences("\u201CWe are ready. We will go,\u201D he said. Then he left.");

        Assert.Equal(["\u201CWe are ready. We will go,\u201D he said.", "Then he left."], sentences);
    }

    [Fact]
    public void A_quote_ending_in_a_period_ends_the_sentence()
    {
        var sentences = Sentences("She said: \u201CIt is over.\u201D The talks ended.");

        Assert.Equal(["She said: \u201CIt is over.\u201D", "The talks ended."], sentences);
    }

    [Fact]
    public void Offsets_index_into_the_text_and_paragraphs_split_on_line_breaks()
    {
        const string text = "First paragraph here.\n\nSecond one. Still second.";
        var layout = TextLayout.Analyse(text);

        Assert.Equal(2, layout.Paragraphs.Count);
        Assert.Equal("Second one. Still second.", text[layout.Paragraphs[1].Start..layout.Paragraphs[1].End]);
        Assert.Equal([0, 1, 1], layout.Sentences.Select(s => s.Paragraph));
        Assert.Equal("Still second.", text[layout.Sentences[2].Start..layout.Sentences[2].End]);
    }
}
