using System.Globalization;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Core.Tests.Attribution;

/// <summary>
/// Readouts, speeches and transcripts published by an office, and wire copy citing outlets: shapes real texts take
/// that name no speaker the way news reports do. The sentences are written for these tests.
/// </summary>
public sealed class OfficialTextAttributionTests
{
    private static IReadOnlyList<Statement> Analyse(string body, string title, string date, string? source = null, string? url = null) =>
        new ArticleAnalyzer(TestCatalog.Catalog).Analyse(new Article(title,
            DateTimeOffset.Parse(date + "T00:00:00Z", CultureInfo.InvariantCulture), source, url, null, "en", body, "test"), TestContext.Current.CancellationToken).Statements;

    private const string Downing = "Prime Minister's Office, 10 Downing Street";

    [Theory]
    [InlineData("Prime Minister's Office, 10 Downing Street", null, "GBR", "Prime Minister")]
    [InlineData("U.S. Department of State", null, "USA", "Secretary of State")]
    [InlineData(null, "https://www.president.gov.ua/en/news/some-address-1", "UKR", "President")]
    [InlineData(null, "https://www.defense.gov/News/Speeches/1/", "USA", "Secretary of Defense")]
    public void The_publishing_office_comes_from_the_source_line_or_the_site(string? source, string? url, string country, string title)
    {
        var office = PublishingOffice.Of(new Article("t", DateTimeOffset.UnixEpoch, source, url, null, null, "b", "test"));

        Assert.Equal(new PublishingOffice(country, title), office);
    }

    [Theory]
    [InlineData("Reuters", null)]
    [InlineData(null, "https://www.voanews.com/a/story.html")]
    [InlineData("StanceTracker demo desk", null)]
    public void News_media_publish_for_no_office(string? source, string? url) =>
        Assert.Null(PublishingOffice.Of(new Article("t", DateTimeOffset.UnixEpoch, source, url, null, null, "b", "test")));

    [Fact]
    public void In_a_readout_the_prime_minister_is_the_office_holder_on_the_date_and_the_leaders_are_each_participant()
    {
        var statements = Analyse(
            "The Prime Minister spoke to President Macron this morning. The Prime Minister said allies had to keep arming Ukraine. " +
            "Both leaders agreed that sanctions on Moscow must be tightened. They agreed that Ukraine must be at the heart of any talks.",
            "PM call with President Macron: 3 March 2025", "2025-03-03", Downing);

        Assert.Equal(
            "Keir Starmer: The Prime Minister said allies had to keep arming Ukraine.|" +
            "Keir Starmer: Both leaders agreed that sanctions on Moscow must be tightened.|Emmanuel Macron: Both leaders agreed that sanctions on Moscow must be tightened.|" +
            "Keir Starmer: They agreed that Ukraine must be at the heart of any talks.|Emmanuel Macron: They agreed that Ukraine must be at the heart of any talks.",
            string.Join("|", statements.Select(s => $"{s.Speaker.Name}: {s.Text}")));
        Assert.All(statements, s => Assert.NotNull(s.Speaker.ActorId));
    }

    [Fact]
    public void The_parties_are_those_the_opening_names_after_a_site_header_and_behind_a_country_name()
    {
        var statements = Analyse(
            "Press release\n\nPM meeting in Paris\n\n3 March 2025 - 16:40\n\nPM meeting in Paris\n\n" +
            "On Monday, the Prime Minister met the President of the French Republic Emmanuel Macron at the Elysee Palace.\n\n" +
            "The parties stressed that the pressure on Russia had to keep growing.",
            "PM meeting in Paris", "2025-03-03", Downing);

        var parties = statements.Where(s => s.Text.StartsWith("The parties", StringComparison.Ordinal)).Select(s => s.Speaker.ActorId);
        Assert.Equal(["keir-starmer", "emmanuel-macron"], parties);
    }

    [Fact]
    public void The_two_of_a_call_readout_are_its_participants()
    {
        var statements = Analyse(
            "The Prime Minister spoke to President Macron this morning. The two agreed to step up sanctions on Russia.",
            "PM call with President Macron: 3 March 2025", "2025-03-03", Downing);

        Assert.Equal(["keir-starmer", "emmanuel-macron"], statements.Where(s => s.Text.StartsWith("The two", StringComparison.Ordinal)).Select(s => s.Speaker.ActorId));
    }

    [Fact]
    public void Without_an_office_a_bare_title_stays_as_written()
    {
        var statements = Analyse("The Prime Minister said allies had to keep arming Ukraine.", "Allies meet", "2025-03-03", "Reuters");

        Assert.Null(Assert.Single(statements).Speaker.ActorId);
    }

    [Fact]
    public void The_leaders_of_named_countries_are_those_countries_leaders_on_the_date()
    {
        var statements = Analyse(
            "The Prime Minister spoke to the leaders of France and Germany yesterday afternoon. The leaders welcomed the new air defence package.",
            "PM call with European leaders", "2025-03-03", Downing);

        Assert.Equal(["Keir Starmer", "Emmanuel Macron", "Olaf Scholz"], statements.Select(s => s.Speaker.Name));
    }

    [Fact]
    public void A_speech_published_by_the_office_is_the_holders_own_words_sentence_by_sentence()
    {
        var statements = Analyse(
            "The Prime Minister's press conference remarks at the leaders' summit in London.\n\nGood afternoon.\n\nLast week I announced the largest rise in defence spending in a generation.\n\n" +
            "We will keep supporting Ukraine for as long as it takes, and we will not recognise any annexed territory.\n\n" +
            "Thank you.",
            "PM remarks at the leaders' summit: 2 March 2025", "2025-03-02", Downing);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Keir Starmer", s.Speaker.Name));
        Assert.StartsWith("Last week I announced", statements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_report_in_the_first_person_of_no_office_gets_no_author()
    {
        var statements = Analyse("We will keep supporting Ukraine for as long as it takes, and we will not recognise annexed land.",
            "Opinion: staying the course", "2025-03-02", "Probe Times");

        Assert.Empty(statements);
    }

    [Fact]
    public void Transcript_turns_belong_to_their_label_and_questions_from_the_floor_to_no_one()
    {
        var statements = Analyse(
            "Remarks to the press\n\nSECRETARY RUBIO: Well, the offer on the table is a ceasefire followed by negotiations to end this war.\n\n" +
            "QUESTION: Will the Russians accept the ceasefire offer this week, in your view?\n\n" +
            "SECRETARY RUBIO: The ball is now in their court, and we hope they say yes to peace.",
            "Secretary Rubio remarks to the press", "2025-03-11", "Probe Wire");

        // The title names the occasion; "we hope" in the second turn is the Secretary's, not the publisher's.
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Marco Rubio", s.Speaker.Name));
        Assert.DoesNotContain(statements, s => s.Text.Contains("SECRETARY", StringComparison.Ordinal));
        Assert.StartsWith("The ball is now in their court", statements[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_that_lost_its_line_breaks_gives_each_turn_to_its_label()
    {
        var statements = Analyse(
            "The presidents answered questions after their talks.\n\n" +
            "President of Poland Andrzej Duda: We discussed the new gas interconnector at length today. " +
            "Gitanas Nauseda: I fully agree with my friend about the importance of the pipeline for our region. " +
            "Question: Will the two countries share the cost of the project equally? " +
            "Andrzej Duda: The cost will be shared under the agreement our ministers signed last year.",
            "Joint news conference of the presidents of Poland and Lithuania", "2023-04-12", "Probe Office");

        Assert.Equal(["Andrzej Duda", "Gitanas Nauseda", "Andrzej Duda"], statements.Select(s => s.Speaker.Name));
        Assert.DoesNotContain(statements, s => s.Text.Contains(':', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Speech by Minister of State Oliver Grantham at Chatham House", "Oliver Grantham")]
    [InlineData("We will keep the pressure on Moscow - Oliver Grantham", "Oliver Grantham")]
    [InlineData("PM remarks at Chatham House", "Keir Starmer")]
    [InlineData("Speech by the Prime Minister, the Chancellor and the Foreign Secretary", "Keir Starmer")]
    public void A_speech_is_the_words_of_the_person_its_title_names_else_of_the_office_holder(string title, string speaker)
    {
        var statements = Analyse(
            "I want to thank the institute for hosting us tonight at this important time. " +
            "We will keep tightening sanctions on Russia until the guns fall silent in Ukraine.",
            title, "2025-03-03", Downing);

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(speaker, s.Speaker.Name));
    }

    [Fact]
    public void A_modal_of_obligation_before_a_verb_of_saying_reports_nothing_said()
    {
        var statements = Analyse("Vilnius must confirm all of this at the summit. Leaders may discuss the troops later.",
            "Summit preview", "2023-07-01", "Probe Wire");

        Assert.Empty(statements);
    }

    [Fact]
    public void Outlets_and_unnamed_sources_are_kept_as_sources_but_take_no_positions()
    {
        var classifier = new FixedClassifier();
        var statements = new ArticleAnalyzer(TestCatalog.Catalog, classifier).Analyse(new Article("Wire copy", DateTimeOffset.Parse("2025-02-18T00:00:00Z", CultureInfo.InvariantCulture),
            "Probe Wire", null, null, "en",
            "The Washington Post reported that Washington wanted European troops in Ukraine. Politico said Italy had no plans to send soldiers. " +
            "A diplomatic source said France would lead a force. Tusk said Poland would not send troops.", "test"), TestContext.Current.CancellationToken).Statements;

        Assert.Equal([Offices.Media, Offices.Media, Offices.AnonymousSource], statements.Take(3).Select(s => s.Speaker.Office));
        Assert.All(statements.Take(3), s => Assert.Empty(s.Positions));
        Assert.NotEmpty(statements[3].Positions);
    }

    [Fact]
    public void A_country_s_side_in_talks_is_the_country_and_he_is_the_person_named_at_the_body_s_first_word()
    {
        var statements = Analyse(
            "Negotiator Oleg Marchuk spoke after the talks. The Russian side rejected the proposal for a ceasefire. " +
            "He said Kyiv would keep pressing for a truce.", "Talks readout", "2025-03-11", "Probe Wire");

        Assert.Equal([("Russia", "RUS"), ("Oleg Marchuk", null)], statements.Select(s => (s.Speaker.Name, s.Speaker.Country)));
    }

    [Fact]
    public void A_first_name_alone_is_the_person_of_that_name_in_office()
    {
        var statements = Analyse("Keir said Britain was ready to put boots on the ground. The PM added that a US backstop was essential.",
            "Wire copy", "2025-02-18", "Probe Wire");

        Assert.Equal(["Keir Starmer", "Keir Starmer"], statements.Select(s => s.Speaker.Name));
    }

    [Fact]
    public void A_bare_title_is_the_holder_in_the_country_of_the_latest_speaker_not_of_a_leader_named_as_object()
    {
        var statements = Analyse("Downing Street said the prime minister had spoken to Donald Tusk about the talks. The PM also stressed that Europe must be at the table.",
            "Wire copy", "2025-11-20", "Probe Wire");

        Assert.Equal(("Keir Starmer", "GBR"), (statements[^1].Speaker.Name, statements[^1].Speaker.Country));
    }

    [Fact]
    public void A_spokesperson_named_after_the_institution_she_speaks_for_is_the_speaker()
    {
        var statements = Analyse("Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow saw no basis for a ceasefire.",
            "Wire copy", "2025-11-20", "Probe Wire");

        Assert.Equal(("Maria Zakharova", "RUS"), (statements[0].Speaker.Name, statements[0].Speaker.Country));
    }

    [Fact]
    public void A_leader_s_office_speaks_for_the_leader_s_country_and_unnamed_officials_are_sources()
    {
        var statements = Analyse("Macron's office said in a statement that France was ready to lead a reassurance force. " +
            "Europe will need a US backstop, officials said.", "Wire copy", "2025-02-18", "Probe Wire");

        Assert.Equal(("Macron's office", "FRA"), (statements[0].Speaker.Name, statements[0].Speaker.Country));
        Assert.Equal(Offices.AnonymousSource, statements[1].Speaker.Office);
        Assert.Empty(statements[1].Positions);
    }

    [Fact]
    public void A_list_of_countries_as_subject_speaks_for_each()
    {
        var statements = Analyse("Germany and the United States oppose Ukraine's entry into NATO for now. The U.S. has said so before.", "Wire copy", "2025-01-21", "Probe Wire");

        Assert.Equal([("Germany", "DEU"), ("United States", "USA"), ("United States", "USA")], statements.Select(s => (s.Speaker.Name, s.Speaker.Country)));
    }

    private sealed class FixedClassifier : IStatementClassifier
    {
        public string Version => "fixed";

        public IReadOnlyList<IReadOnlyList<PositionClaim>> Classify(IReadOnlyList<ClassificationInput> inputs) =>
            inputs.Select(_ => (IReadOnlyList<PositionClaim>)[new PositionClaim("troops-in-ukraine", Stance.Oppose, 0.9, Version)]).ToList();
    }
}
