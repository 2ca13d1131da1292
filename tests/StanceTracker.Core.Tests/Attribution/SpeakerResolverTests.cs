using StanceTracker.Core.Attribution;

namespace StanceTracker.Core.Tests.Attribution;

public sealed class SpeakerResolverTests
{
    private static readonly SpeakerResolver Resolver = new(TestCatalog.Catalog);

    private static Speaker? On(string mention, string date) =>
        Resolver.ResolveMention(mention, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("the German chancellor", "2025-02-19", "olaf-scholz")]
    [InlineData("the German chancellor", "2025-06-15", "friedrich-merz")]
    [InlineData("Germany's chancellor", "2020-01-10", "angela-merkel")]
    [InlineData("the US secretary of state", "2024-06-01", "antony-blinken")]
    [InlineData("the US secretary of state", "2025-03-01", "marco-rubio")]
    [InlineData("Russia's foreign minister", "2025-03-01", "sergey-lavrov")]
    [InlineData("the Polish prime minister", "2025-03-01", "donald-tusk")]
    public void A_role_description_resolves_to_whoever_held_the_office_on_the_date(string mention, string date, string actorId)
    {
        Assert.Equal(actorId, On(mention, date)?.ActorId);
    }

    [Theory]
    [InlineData("UK Prime Minister Sir Keir Starmer", "keir-starmer", "Keir Starmer", "GBR")]
    [InlineData("Mr Lavrov", "sergey-lavrov", "Sergey Lavrov", "RUS")]
    [InlineData("Russian Foreign Minister Sergei Lavrov", "sergey-lavrov", "Sergey Lavrov", "RUS")]
    [InlineData("Polish Prime Minister Donald Tusk", "donald-tusk", "Donald Tusk", "POL")]
    [InlineData("the Kremlin", "kremlin", "the Kremlin", "RUS")]
    public void Names_with_titles_honorifics_and_spelling_variants_resolve_to_the_catalogue(string mention, string actorId, string name, string country)
    {
        var speaker = On(mention, "2025-02-19");

        Assert.NotNull(speaker);
        Assert.Equal((actorId, name, country), (speaker.ActorId, speaker.Name, speaker.Country));
    }

    [Fact]
    public void The_role_is_the_title_held_on_the_date()
    {
        Assert.Equal("Prime Minister", On("Polish Prime Minister Donald Tusk", "2025-02-19")?.Role);
        Assert.Equal("Chancellor", On("Scholz", "2024-02-19")?.Role);
        Assert.Null(On("Scholz", "2025-09-01")?.Role); // out of office by then
    }

    [Fact]
    public void An_unknown_speaker_keeps_the_name_title_and_country_the_text_gives()
    {
        var speaker = On("Afghan Ambassador to the United States Hamdullah Mohib", "2017-07-21");

        Assert.Equal(new Speaker("Hamdullah Mohib", null, "AFG", "Ambassador to the United States"), speaker);
    }

    [Fact]
    public void A_staff_title_is_not_part_of_the_name()
    {
        var speaker = On("Chief of the General Staff Andrii Hnatov", "2025-12-07");

        Assert.Equal("Andrii Hnatov", speaker?.Name);
    }

    [Fact]
    public void An_unknown_description_is_kept_as_written()
    {
        var speaker = On("a teacher", "2017-07-21");

        Assert.Equal("teacher", speaker?.Name);
        Assert.Null(speaker?.ActorId);
    }
}

public sealed class SpeakerResolverInArticleTests
{
    private static string?[] ActorIds(string body, string date = "2025-06-19") =>
        StanceTracker.Core.Tests.Extraction.Analysis.Statements(body, date: date).Select(s => s.Speaker.ActorId).ToArray();

    [Fact]
    public void He_goes_on_being_the_speaker_who_said_he_and_someone_else_had_met()
    {
        var ids = ActorIds(
            "Pope Francis said on Tuesday that Europe had to be part of any settlement. " +
            "The pope said he and Macron had discussed the war and ways to reach a ceasefire. " +
            "He said the Vatican remained ready to host talks.", date: "2023-06-01");

        Assert.Equal(["pope-francis", "pope-francis", "pope-francis"], ids);
    }

    [Fact]
    public void He_after_a_meeting_is_the_one_who_met_not_the_one_met_though_named_last()
    {
        var ids = ActorIds(
            "PARIS (Probe Wire) - German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Monday. " +
            "He said Germany would send more air defence systems to Ukraine.");

        Assert.Equal(["friedrich-merz"], ids);
    }

    [Fact]
    public void A_relative_clause_after_an_apposition_is_the_named_person_s_even_as_a_preposition_s_object()
    {
        var ids = ActorIds(
            "The plan drew criticism from Ursula von der Leyen, the head of the European Commission, who said any deal must include Europe.");

        Assert.Equal(["ursula-von-der-leyen"], ids);
    }

    [Fact]
    public void Two_named_leaders_agreeing_are_each_credited_not_only_the_last_named()
    {
        var ids = ActorIds("According to a readout from the Elysee, Keir Starmer and Emmanuel Macron agreed to start work on a reassurance force.");

        Assert.Equal(["keir-starmer", "emmanuel-macron"], ids);
    }

    [Fact]
    public void Surname_particles_stay_with_the_name_even_at_the_start_of_a_sentence()
    {
        var ids = ActorIds(
            "European Commission President Ursula von der Leyen said the loan was sound. " +
            "Von der Leyen said the assets would stay frozen. De Wever said Belgium could not accept the risk.");

        Assert.Equal(["ursula-von-der-leyen", "ursula-von-der-leyen", "bart-de-wever"], ids);
    }

    [Fact]
    public void A_bare_title_resolves_to_the_person_the_article_named_who_holds_it()
    {
        var ids = ActorIds(
            "German Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. The chancellor said Germany would not act alone.",
            "2023-01-18");

        Assert.Equal(["olaf-scholz"], ids);
    }

    [Fact]
    public void A_country_title_prefers_the_holder_the_article_named()
    {
        var ids = ActorIds(
            "French President Emmanuel Macron hosted European leaders in Paris. The French leader declined to say which countries had raised the idea. " +
            "The French prime minister said the debate was legitimate.",
            "2024-02-27");

        Assert.Equal(["emmanuel-macron", "gabriel-attal"], ids);
    }

    [Fact]
    public void A_bare_title_with_one_holder_anywhere_resolves_to_that_holder_and_a_shared_one_does_not()
    {
        Assert.Equal(["pope-francis"], ActorIds("The pope said arms for a country under attack could be morally acceptable.", "2022-09-15"));
        Assert.Equal([null], ActorIds("The prime minister said the talks would go on.", "2025-06-19")); // Tusk and Starmer
    }

    [Fact]
    public void A_Chinese_name_is_shortened_to_the_family_name_which_comes_first()
    {
        var ids = ActorIds("Chinese Foreign Minister Wang Yi said China opposed the sanctions. Wang said the talks must go on.");

        Assert.Equal(["wang-yi", "wang-yi"], ids);
    }

    [Fact]
    public void A_person_named_only_as_an_object_does_not_take_over_he_said()
    {
        var ids = ActorIds(
            "Russian Foreign Minister Sergey Lavrov said Moscow had invited Polish Prime Minister Donald Tusk to talks. " +
            "He said the invitation still stood.");

        Assert.Equal(["sergey-lavrov", "sergey-lavrov"], ids);
    }

    [Fact]
    public void A_person_opening_a_sentence_does_take_over_he_said()
    {
        var ids = ActorIds(
            "Russian Foreign Minister Sergey Lavrov said Moscow had invited Polish Prime Minister Donald Tusk to talks. " +
            "Tusk was in Brussels on Monday. He said Poland would not take part.");

        Assert.Equal(["sergey-lavrov", "donald-tusk"], ids);
    }
}
