using StanceTracker.Core.Extraction;

namespace StanceTracker.Core.Tests.Extraction;

public sealed class StatementExtractorTests
{
    [Fact]
    public void Direct_quote_frames_before_after_and_inverted()
    {
        const string body = "\u201CWe are ready,\u201D Lavrov said.\n\nRubio said: \u201CThe talks were useful.\u201D\n\n\u201CIt is a first step,\u201D said Sir Keir Starmer.";

        var statements = Analysis.Statements(body);

        Assert.Equal(
            [("Sergey Lavrov", "We are ready,"), ("Marco Rubio", "The talks were useful."), ("Keir Starmer", "It is a first step,")],
            statements.Select(s => (s.Speaker.Name, s.Text)));
        Assert.All(statements, s => Assert.Equal(StatementKind.Direct, s.Kind));
        Assert.All(statements, s => Assert.Equal(s.Text, body[s.Start..s.End]));
    }

    [Fact]
    public void Inverted_frame_with_an_appositive_role_keeps_the_role()
    {
        var statement = Assert.Single(Analysis.Statements("\u201CWe will not yield,\u201D said Ivan Petrenko, the defence minister."));

        Assert.Equal("Ivan Petrenko", statement.Speaker.Name);
        Assert.Equal("defence minister", statement.Speaker.Role);
    }

    [Fact]
    public void A_frame_closing_reported_speech_names_the_speaker_not_the_subject_of_what_was_said()
    {
        var statements = Analysis.Statements(
            "Polish Prime Minister Donald Tusk met the Russian envoy. Warsaw would now back the plan, he said. " +
            "Moscow rejected the offer, Lavrov told reporters.");

        Assert.Equal(
            [("Donald Tusk", "Warsaw would now back the plan, he said."), ("Sergey Lavrov", "Moscow rejected the offer, Lavrov told reporters.")],
            statements.Select(s => (s.Speaker.Name, s.Text)));
    }

    [Fact]
    public void A_description_between_name_and_verb_does_not_hide_the_speaker()
    {
        var statement = Assert.Single(Analysis.Statements("Hugh Hill, a doctor at the clinic, said the wards were full."));

        Assert.Equal("Hugh Hill", statement.Speaker.Name);
        Assert.Equal(StatementKind.Indirect, statement.Kind);
    }

    [Fact]
    public void Speaker_and_quote_in_different_sentences_are_joined_by_the_pronoun()
    {
        const string body = "Speaking from Kyiv, Jane Doe expressed frustration over the talks. \u201CThis is not fair,\u201D she said.";

        var direct = Assert.Single(Analysis.Statements(body), s => s.Kind == StatementKind.Direct);

        Assert.Equal("Jane Doe", direct.Speaker.Name);
        Assert.Equal("This is not fair,", direct.Text);
    }

    [Fact]
    public void An_odd_quotation_mark_does_not_spoil_the_rest_of_the_article()
    {
        const string body = "The minister called it \"a disaster and walked off.\n\n\u201CWe will talk again,\u201D Lavrov said.\n\nRubio said the talks would go on.";

        var statements = Analysis.Statements(body);

        Assert.Contains(statements, s => s is { Kind: StatementKind.Direct, Text: "We will talk again," } && s.Speaker.Name == "Sergey Lavrov");
        Assert.Contains(statements, s => s.Kind == StatementKind.Indirect && s.Speaker.Name == "Marco Rubio");
    }

    [Fact]
    public void Quotes_in_a_bulleted_list_belong_to_the_speaker_who_introduced_them()
    {
        const string body = "Macron insisted on three points:\n- \u201CNo decision about Ukraine without Ukraine.\u201D\n- \u201CGuarantees come first.\u201D\n- \u201CEurope must be at the table.\u201D\n\nThe meeting ended at noon.";

        var statements = Analysis.Statements(body);

        Assert.Equal(3, statements.Count);
        Assert.All(statements, s => Assert.Equal(("Emmanuel Macron", StatementKind.Direct), (s.Speaker.Name, s.Kind)));
        Assert.Equal("Europe must be at the table.", statements[2].Text);
    }

    [Fact]
    public void Has_not_said_is_withheld_while_ruled_out_is_a_position()
    {
        var candidates = Analysis.Candidates("Tusk has not said whether Poland would send troops. Tusk ruled out sending troops. Scholz declined to comment on the plan.");

        Assert.Equal([("say", true), ("rule out", false), ("comment", true)], candidates.Select(c => (c.Cue, c.Withheld)));
    }

    [Fact]
    public void A_quote_paragraph_right_after_a_statement_is_credited_to_its_speaker()
    {
        const string body = "\u201CWe will not send troops,\u201D Tusk said on Monday.\n\n\u201CPoland has done more than enough.\u201D\n\nThe weather was cold.\n\n\u201CAn orphan quote.\u201D";

        var statements = Analysis.Statements(body);

        Assert.Equal(2, statements.Count);
        Assert.Equal(("Donald Tusk", StatementKind.Direct, "Poland has done more than enough."), (statements[1].Speaker.Name, statements[1].Kind, statements[1].Text));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_statement()
    {
        const string body = "Lavrov said: \u201CThe first point is simple.\n\n\u201CThe second point follows.\n\n\u201CThe third point ends it.\u201D\n\nDelegations left.";

        var statement = Assert.Single(Analysis.Statements(body));

        Assert.Equal("Sergey Lavrov", statement.Speaker.Name);
        Assert.StartsWith("The first point", statement.Text, StringComparison.Ordinal);
        Assert.EndsWith("The third point ends it.", statement.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("she", "Angela Merkel")]
    [InlineData("he", "Emmanuel Macron")]
    public void A_pronoun_goes_to_the_latest_person_of_its_gender(string pronoun, string speaker)
    {
        var body = $"Angela Merkel welcomed the plan on Monday. Emmanuel Macron arrived later in the day. \u201CIt is a good day,\u201D {pronoun} said.";

        var direct = Assert.Single(Analysis.Statements(body, date: "2019-05-01"), s => s.Kind == StatementKind.Direct);

        Assert.Equal(speaker, direct.Speaker.Name);
    }

    [Fact]
    public void Position_acts_without_a_verb_of_saying_split_by_speaker()
    {
        const string body = "German Chancellor Olaf Scholz dismissed troop deployment discussions as premature, while Polish Prime Minister Donald Tusk ruled out sending troops. Meloni also opposed the idea, calling it risky.";

        var statements = Analysis.Statements(body);

        Assert.Equal(["Olaf Scholz", "Donald Tusk", "Meloni"], statements.Select(s => s.Speaker.Name));
        Assert.Equal("Polish Prime Minister Donald Tusk ruled out sending troops.", statements[1].Text);
        Assert.Equal("German Chancellor Olaf Scholz dismissed troop deployment discussions as premature", statements[0].Text);
    }

    [Fact]
    public void A_short_quote_inside_reported_speech_is_mixed()
    {
        var statement = Assert.Single(Analysis.Statements("Rubio called the meeting \u201Can important first step\u201D in a long process."));

        Assert.Equal((StatementKind.Mixed, "Marco Rubio"), (statement.Kind, statement.Speaker.Name));
    }

    [Fact]
    public void According_to_attributes_the_sentence()
    {
        var statement = Assert.Single(Analysis.Statements("According to the Kremlin, the talks will resume in March."));

        Assert.Equal(("the Kremlin", "kremlin"), (statement.Speaker.Name, statement.Speaker.ActorId));
    }

    [Fact]
    public void Sentences_without_a_speaker_and_a_cue_are_not_statements()
    {
        const string body = "The meeting took place in Riyadh. The team had been denied visas twice. The report said nothing new. Delegations arrived on Monday.";

        Assert.Empty(Analysis.Statements(body));
    }

    [Theory]
    [InlineData("Poland will not send troops to Ukraine \u2013 Tusk", "Donald Tusk", "Poland will not send troops to Ukraine")]
    [InlineData("Kremlin: talks with Washington were useful", "the Kremlin", "talks with Washington were useful")]
    [InlineData("Tusk rules out sending Polish troops", "Donald Tusk", "Tusk rules out sending Polish troops")]
    public void Headlines_that_attribute_a_claim_are_statements_at_offset_zero(string title, string speaker, string text)
    {
        var statement = Assert.Single(Analysis.Statements("Nothing else was reported.", title));

        Assert.Equal((speaker, text, 0, 0, StatementKind.Indirect), (statement.Speaker.Name, statement.Text, statement.Start, statement.End, statement.Kind));
    }

    [Fact]
    public void Generic_headline_labels_are_not_speakers()
    {
        Assert.Empty(Analysis.Statements("Nothing else was reported.", "Reports: asylum rules to change"));
    }
}
