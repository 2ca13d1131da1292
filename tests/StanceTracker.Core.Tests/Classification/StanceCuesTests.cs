using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Tests.Classification;

public sealed class StanceCuesTests
{
    private static float Cue(string text, string name) => StanceCues.Extract(text)[StanceCues.Names.ToList().IndexOf(name)];

    [Fact]
    public void A_negated_support_cue_counts_as_oppose()
    {
        Assert.Equal(1, Cue("Poland will support the mission.", "support"));
        Assert.Equal(0, Cue("Poland will not support the mission.", "support"));
        Assert.Equal(1, Cue("Poland will not support the mission.", "oppose"));
        Assert.Equal(1, Cue("Poland won't support the mission.", "negated-support"));
    }

    [Fact]
    public void Not_ruling_out_is_open_not_oppose()
    {
        Assert.Equal(1, Cue("Macron ruled out troops.", "oppose"));
        Assert.Equal(0, Cue("Macron did not rule out troops.", "oppose"));
        Assert.True(Cue("Macron did not rule out troops.", "open") >= 1);
        Assert.Equal(1, Cue("Macron did not rule out troops.", "hedge"));
    }

    [Fact]
    public void A_condition_that_leaves_the_choice_to_others_is_not_the_speaker_s_condition()
    {
        Assert.Equal(0, Cue("If the Nordics want to send soldiers, fine. We back it.", "conditional"));
        Assert.Equal(0, Cue("If Paris decides to go ahead, we will stand behind it.", "conditional"));
        Assert.Equal(1, Cue("We will send soldiers if the Americans provide air cover.", "conditional"));
        Assert.Equal(1, Cue("If we want to be taken seriously, we must pay more.", "conditional"));
    }

    [Fact]
    public void Against_opposes_only_as_a_side_taken_not_as_a_preposition()
    {
        Assert.Equal(1, Cue("The president said he was against Ukraine's membership.", "oppose"));
        Assert.Equal(1, Cue("Hungary voted against the package.", "oppose"));
        Assert.Equal(0, Cue("The EU adopted new sanctions against Russia.", "oppose"));
        Assert.Equal(0, Cue("Kyiv asked for more support in the war against Russia.", "oppose"));
    }

    [Fact]
    public void A_purpose_clause_s_negation_is_the_aim_not_the_speaker_s_side()
    {
        Assert.Equal(0, Cue("He said what mattered was an early ceasefire, so that no more soldiers lost their lives.", "oppose"));
        Assert.Equal(0, Cue("She backed the truce to ensure that no more civilians would die.", "oppose"));
        Assert.Equal(1, Cue("She backed the truce to ensure that no more civilians would die.", "support"));
        Assert.Equal(1, Cue("He said there would be no more aid.", "oppose"));
    }

    [Fact]
    public void Eventually_is_a_matter_of_time_not_of_doubt()
    {
        Assert.Equal(0, Cue("Europe will eventually need to join the talks.", "open"));
        Assert.Equal(1, Cue("Europe might join the talks.", "open"));
    }

    [Fact]
    public void Negation_does_not_reach_across_a_clause()
    {
        Assert.Equal(1, Cue("It is not easy, but we support the mission.", "support"));
    }

    [Fact]
    public void Conditionals_and_reversals_are_flagged()
    {
        Assert.Equal(1, Cue("Troops only if a ceasefire holds.", "conditional") >= 1 ? 1 : 0);
        Assert.Equal(1, Cue("He called for lifting sanctions.", "support+reversal"));
        Assert.Equal(1, Cue("He refused to ease sanctions.", "negated-reversal"));
        Assert.Equal(0, Cue("He called for tougher sanctions.", "reversal"));
    }
}
