using StanceTracker.Core.Extraction;

namespace StanceTracker.Core.Tests.Extraction;

/// <summary>
/// Pins what each extraction stage finds (speaker phrase, kind, span, cue) on sentences written for the tests, so that
/// moving the rules between classes cannot change their output unnoticed.
/// </summary>
public sealed class ExtractionStageTests
{
    private const string Body =
        "\u201CThe bridge will reopen in spring,\u201D Mayor Elena Vasquez said.\n\n" +
        "\u201CCrews are already on site.\u201D\n\n" +
        "Councillor Tom Reyes said: \u201CThe budget is too thin.\u201D\n\n" +
        "\u201CWe listened,\u201D Reyes said, \u201Cand we changed the plan.\u201D\n\n" +
        "Ines Kowalczyk explained the delay:\n\n" +
        "\u201CTwo cranes broke on the same night.\u201D\n\n" +
        "Minister Pavel Novak said that the tariffs would be lifted. The ferry will run twice a day, Novak told reporters.\n\n" +
        "According to the Finance Ministry, ships will dock again on Friday.";

    [Fact]
    public void Each_stage_finds_its_statements_with_speaker_kind_and_span()
    {
        var candidates = Analysis.Candidates(Body, title: "");

        Assert.Equal(
            [
                ("Mayor Elena Vasquez", MentionKind.Name, StatementKind.Direct, "The bridge will reopen in spring,", "say"),
                ("Mayor Elena Vasquez", MentionKind.FollowOn, StatementKind.Direct, "Crews are already on site.", "follow-on"),
                ("Councillor Tom Reyes", MentionKind.Name, StatementKind.Direct, "The budget is too thin.", "say"),
                ("Reyes", MentionKind.Name, StatementKind.Direct, "We listened,\u201D Reyes said, \u201Cand we changed the plan.", "say"),
                ("Ines Kowalczyk", MentionKind.Name, StatementKind.Direct, "Two cranes broke on the same night.", "explain"),
                ("Minister Pavel Novak", MentionKind.Name, StatementKind.Indirect, "Minister Pavel Novak said that the tariffs would be lifted.", "say"),
                ("Novak", MentionKind.Name, StatementKind.Indirect, "The ferry will run twice a day, Novak told reporters.", "tell"),
                ("the Finance Ministry", MentionKind.Name, StatementKind.Indirect, "According to the Finance Ministry, ships will dock again on Friday.", "according to"),
            ],
            candidates.Select(c => (c.Speaker.Text, c.Speaker.Kind, c.Kind, c.Text, c.Cue)));
        Assert.All(candidates, c => Assert.Equal(c.Text, Body[c.Start..c.End]));
        Assert.All(candidates, c => Assert.Equal(c.Start, Body.IndexOf(c.Text, StringComparison.Ordinal)));
        Assert.All(candidates, c => Assert.False(c.Withheld || c.FromTitle));
        Assert.Equal([0, 1, 2, 3, 5, 6, 6, 7], candidates.Select(c => c.Paragraph));
    }

    [Fact]
    public void Speaker_mentions_point_at_the_words_that_name_them()
    {
        var candidates = Analysis.Candidates(Body, title: "");

        Assert.All(
            candidates.Where(c => c.Speaker.Kind == MentionKind.Name),
            c => Assert.Equal(c.Speaker.Text, Body[c.Speaker.Start..c.Speaker.End]));
    }

    [Fact]
    public void A_crawled_page_s_story_lists_captions_and_what_follows_the_wire_credit_give_no_statements()
    {
        const string page =
            "Harbour news\n\nMinister Pavel Novak said that the tariffs would be lifted.\n\n" +
            "Read more: Novak says ferry fares will rise\n\n" +
            "Photo: Minister Pavel Novak speaks to reporters in the port. REUTERS/Someone\n\n" +
            "\u201CWe will not wait for the council,\u201D Novak said.\n\n" +
            "Most read\n\nMayor Elena Vasquez says the bridge will close\nCouncillor Tom Reyes rejects the budget\n\n" +
            "Ines Kowalczyk said the cranes were repaired.\n\n" +
            "Reporting by Ana Lee; Editing by Tom Hart\n\n" +
            "Mayor Elena Vasquez said the harbour would reopen.";

        var candidates = Analysis.Candidates(page, title: "Novak rules out new tariffs | Harbour News");

        Assert.Equal(
            [
                ("Novak", "Novak rules out new tariffs"),
                ("Minister Pavel Novak", "Minister Pavel Novak said that the tariffs would be lifted."),
                ("Novak", "We will not wait for the council,"),
                ("Ines Kowalczyk", "Ines Kowalczyk said the cranes were repaired."),
            ],
            candidates.Select(c => (c.Speaker.Text, c.Text)));
    }

    [Fact]
    public void Three_headlines_in_a_row_without_a_heading_are_a_story_list_but_a_bulleted_list_is_the_text_s_own()
    {
        const string page =
            "Minister Pavel Novak said that the tariffs would be lifted.\n" +
            "Novak says ferry fares will rise next year\nMayor Elena Vasquez says the bridge will close\nCouncillor Tom Reyes rejects the budget\n\n" +
            "- Mayor Elena Vasquez said the bridge would stay open\n- Councillor Tom Reyes said the budget was fair\n- Novak said fares would fall";

        var candidates = Analysis.Candidates(page, title: "");

        Assert.Equal(
            ["Minister Pavel Novak", "Mayor Elena Vasquez", "Councillor Tom Reyes", "Novak"],
            candidates.Select(c => c.Speaker.Text));
    }

    [Fact]
    public void Calling_something_a_judgement_is_a_statement_without_quotes_but_calling_someone_is_not()
    {
        const string body = "Councillor Tom Reyes called the budget unrealistic. Novak called Reyes on Tuesday. " +
            "Mayor Elena Vasquez called a meeting to discuss the important repairs. Ines Kowalczyk called the new timetable a mistake.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(["Councillor Tom Reyes", "Ines Kowalczyk"], candidates.Select(c => c.Speaker.Text));
    }

    [Fact]
    public void A_name_in_apposition_after_a_role_speaks_and_a_spokesman_for_someone_is_the_subject()
    {
        const string body = "The harbour's chief engineer, Ines Kowalczyk, said the cranes were repaired. " +
            "A spokesman for Minister Pavel Novak said the tariffs would be lifted. " +
            "The mayor's father, Tom Reyes, committed the family's money to the bridge.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            [("Ines Kowalczyk", "The harbour 's chief engineer"), ("A spokesman for Minister Pavel Novak", null)],
            candidates.Select(c => (c.Speaker.Text, c.Speaker.Description)));
    }

    [Fact]
    public void A_refusal_without_an_object_is_a_position_act_of_a_third_party_but_not_of_i_or_we()
    {
        const string body = "The council offered the harbour workers a new contract. But again and again the union has refused. " +
            "Minister Pavel Novak flatly rejected. I agree. As we had agreed. Mayor Elena Vasquez welcomed again.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([("the union", "refuse"), ("Minister Pavel Novak", "reject")], candidates.Select(c => (c.Speaker.Text, c.Cue)));
    }

    [Fact]
    public void Accepting_is_a_position_act_and_a_question_asserts_none()
    {
        const string body = "The negotiators have accepted the new contract. Will the negotiators accept the contract? " +
            "Why did the union oppose the bridge?";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([("The negotiators", "accept")], candidates.Select(c => (c.Speaker.Text, c.Cue)));
    }

    [Fact]
    public void A_speaker_s_clause_after_while_or_but_starts_their_statement_but_a_frame_before_them_does_not()
    {
        const string body = "The port authority closed the north pier for repairs, while Minister Pavel Novak rejected the plan for new tariffs. " +
            "On Monday, Mayor Elena Vasquez said the bridge would reopen. " +
            "The cranes are old, and we discussed the repairs at length.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            ["Minister Pavel Novak rejected the plan for new tariffs.", "On Monday, Mayor Elena Vasquez said the bridge would reopen."],
            candidates.Where(c => c.Speaker.Kind == MentionKind.Name).Select(c => c.Text));
    }

    [Fact]
    public void You_opening_a_sentence_is_the_one_spoken_to_not_a_speaker_named_you()
    {
        var candidates = Analysis.Candidates("You said the tariffs would be lifted. You have supported the new bridge.", title: "");

        Assert.DoesNotContain(candidates, c => c.Speaker.Text is "You");
    }

    [Fact]
    public void After_an_as_frame_the_rest_of_the_sentence_is_what_was_said_and_a_common_noun_s_people_are_nobody_named()
    {
        const string body = "As Minister Pavel Novak noted, the ferry company would welcome new tariffs on imports. " +
            "Some of the town's residents rejected the plan.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([("Minister Pavel Novak", "note")], candidates.Select(c => (c.Speaker.Text, c.Cue)));
        Assert.Equal(body[..body.IndexOf(" Some", StringComparison.Ordinal)], candidates[0].Text);
    }

    [Fact]
    public void A_participle_of_saying_after_a_comma_speaks_with_its_clause_subject_but_an_adjective_in_a_list_does_not()
    {
        const string body = "Minister Pavel Novak agreed, saying the tariffs would be lifted. " +
            "Harbour pilots do work that is complicated, demanding and dangerous. " +
            "Mayor Elena Vasquez pressed for a new bridge.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([("Minister Pavel Novak", "say"), ("Mayor Elena Vasquez", "press for")], candidates.Select(c => (c.Speaker.Text, c.Cue)));
    }

    [Fact]
    public void A_participle_of_saying_after_a_dash_or_in_a_sentence_opened_by_a_conjunction_speaks_with_its_clause_subject()
    {
        const string body = "But Mayor Elena Vasquez is stalling \u2013 saying the bridge needs another survey first. " +
            "And Novak went further, saying the ferry would stop in May. " +
            "So far, the harbour has kept quiet.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            [
                ("Mayor Elena Vasquez", "But Mayor Elena Vasquez is stalling \u2013 saying the bridge needs another survey first."),
                ("Novak", "And Novak went further, saying the ferry would stop in May."),
            ],
            candidates.Select(c => (c.Speaker.Text, c.Text)));
    }

    [Fact]
    public void A_time_or_occasion_between_the_subject_and_its_verb_is_skipped_but_a_year_or_a_subject_pronoun_is_not()
    {
        const string body = "The Harbour Board on Wednesday rejected the ferry timetable. " +
            "Minister Pavel Novak, the port's regulator, late on Tuesday said the tariffs would stay. " +
            "Mayor Elena Vasquez in her weekly address said the bridge would reopen. " +
            "At the council's meeting a year ago we agreed to build the bridge. " +
            "Harbour pilots in 2021 and described their work as dangerous.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            ["The Harbour Board", "Minister Pavel Novak", "Mayor Elena Vasquez", "we"],
            candidates.Select(c => c.Speaker.Text));
    }

    [Theory]
    [InlineData("presidency")]
    [InlineData("chancellery")]
    [InlineData("cabinet")]
    public void A_spokesperson_for_an_office_speaks_not_the_capital_named_in_what_they_said(string office)
    {
        var body = $"A spokesperson for the Ruritanian {office} said Strelsau was ready to discuss new ferry tariffs.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([($"A spokesperson for the Ruritanian {office}", "say")], candidates.Select(c => (c.Speaker.Text, c.Cue)));
    }

    [Fact]
    public void A_quote_framed_by_its_speaker_according_to_someone_else_is_the_speaker_s_alone()
    {
        const string body = "\u201CThe bridge will reopen,\u201D Mayor Elena Vasquez said, according to a council spokesman.\n\n" +
            "According to the Finance Ministry, ships will dock again on Friday.\n\n" +
            "According to Novak, new tariffs are needed, including on imports of steel, salt, etc. \u201CThe port must pay,\u201D he said.";

        var candidates = Analysis.Candidates(body, title: "");

        // The last paragraph is one sentence for the segmenter ("etc." ends none): Novak's reported words stay his.
        Assert.Equal(["Mayor Elena Vasquez", "the Finance Ministry", "Novak", "he"], candidates.Select(c => c.Speaker.Text));
    }

    [Fact]
    public void Names_joined_by_and_speak_with_a_bare_verb_and_an_opening_contrast_is_not_their_words()
    {
        const string body = "While most harbour towns back the tariffs, Ruritania and the Free City oppose them. " +
            "The Harbour Board support package was approved.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal([("Ruritania and the Free City", "Ruritania and the Free City oppose them.")], candidates.Select(c => (c.Speaker.Text, c.Text)));
    }

    [Fact]
    public void A_participle_of_saying_after_a_quote_s_frame_goes_on_with_the_quote_s_speaker()
    {
        const string body = "\u201CThe bridge will reopen,\u201D Mayor Elena Vasquez said at the council, insisting that crews would work \u201Cday and night\u201D until May.\n\n" +
            "Councillor Tom Reyes said: \u201CThe budget is too thin,\u201D adding that the port should pay its share.\n\n" +
            "\u201CWe listened,\u201D Novak said, while the harbour master, saying nothing, left the room.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            [
                ("Mayor Elena Vasquez", StatementKind.Direct,
                    "The bridge will reopen,\u201D Mayor Elena Vasquez said at the council, insisting that crews would work \u201Cday and night\u201D until May."),
                ("Councillor Tom Reyes", StatementKind.Direct, "The budget is too thin,\u201D adding that the port should pay its share."),
                ("Novak", StatementKind.Direct, "We listened,"),
            ],
            candidates.Select(c => (c.Speaker.Text, c.Kind, c.Text)));
    }

    [Fact]
    public void A_quote_closed_by_an_exclamation_or_a_question_takes_the_frame_that_follows_it()
    {
        const string body = "\u201CWe will not wait for the council, full stop!\u201D Novak said at a news conference.\n\n" +
            "\u201CWhy should the harbour pay for it?\u201D Reyes asked.";

        var candidates = Analysis.Candidates(body, title: "");

        Assert.Equal(
            [
                ("Novak", StatementKind.Direct, "We will not wait for the council, full stop!"),
                ("Reyes", StatementKind.Direct, "Why should the harbour pay for it?"),
            ],
            candidates.Select(c => (c.Speaker.Text, c.Kind, c.Text)));
    }

    [Theory]
    [InlineData("Harbour Board: repairs will take a month", "Harbour Board", "repairs will take a month", "headline")]
    [InlineData("Repairs will take a month \u2013 Ines Kowalczyk", "Ines Kowalczyk", "Repairs will take a month", "headline")]
    [InlineData("Novak rules out new tariffs", "Novak", "Novak rules out new tariffs", "rule out")]
    [InlineData("Novak rejects ferry plan as Vasquez weighs new bridge", "Novak", "Novak rejects ferry plan", "reject")]
    [InlineData("Novak rejects ferry plan amid harbour strike", "Novak", "Novak rejects ferry plan", "reject")]
    [InlineData("Novak describes ferry plan as a waste of money", "Novak", "Novak describes ferry plan as a waste of money", "describe")]
    public void Title_statements_come_first_at_offset_zero(string title, string speaker, string text, string cue)
    {
        var candidates = Analysis.Candidates("Minister Pavel Novak said that the tariffs would be lifted.", title);

        Assert.Equal(2, candidates.Count);
        var fromTitle = candidates[0];
        Assert.Equal((speaker, text, cue, 0, 0, -1, true), (fromTitle.Speaker.Text, fromTitle.Text, fromTitle.Cue, fromTitle.Start, fromTitle.End, fromTitle.Paragraph, fromTitle.FromTitle));
        Assert.Equal(StatementKind.Indirect, fromTitle.Kind);
    }

    [Fact]
    public void Titles_are_left_out_when_asked()
    {
        var candidates = new StatementExtractor(includeTitle: false).Extract("Harbour Board: repairs will take a month", "Nothing was said.").Statements;

        Assert.Empty(candidates);
    }
}
