using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Core.Tests.Positions;

public sealed class PositionCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    [Fact]
    public void Latest_statement_in_the_window_is_the_position()
    {
        var position = PositionCalculator.ActorAsOf(
            [Evidence.Of("ana", "2025-01-10", Stance.Oppose), Evidence.Of("ana", "2025-05-01", Stance.Open), Evidence.Of("ana", "2025-03-01", Stance.Support)],
            AsOf);
        Assert.Equal(Stance.Open, position!.Stance);
        Assert.Equal(60, position.AgeDays);
    }

    [Fact]
    public void Statements_after_the_date_do_not_count()
    {
        var position = PositionCalculator.ActorAsOf([Evidence.Of("ana", "2025-05-01", Stance.Open), Evidence.Of("ana", "2025-07-01", Stance.Oppose)], AsOf);
        Assert.Equal(Stance.Open, position!.Stance);
    }

    [Fact]
    public void Statements_older_than_the_window_do_not_count()
    {
        var rules = new PositionRules { WindowDays = 90 };
        Assert.Null(PositionCalculator.ActorAsOf([Evidence.Of("ana", "2025-03-31", Stance.Open)], AsOf, rules));
        Assert.NotNull(PositionCalculator.ActorAsOf([Evidence.Of("ana", "2025-04-01", Stance.Open)], AsOf, rules));
    }

    [Fact]
    public void Same_day_tie_goes_to_the_most_confident_statement()
    {
        var position = PositionCalculator.ActorAsOf(
            [Evidence.Of("ana", "2025-05-01", Stance.Oppose, 0.55), Evidence.Of("ana", "2025-05-01", Stance.Open, 0.92), Evidence.Of("ana", "2025-05-01", Stance.Neutral, 0.7)],
            AsOf);
        Assert.Equal(Stance.Open, position!.Stance);
    }

    [Fact]
    public void A_review_beats_a_more_confident_model_position_on_the_same_day()
    {
        var position = PositionCalculator.ActorAsOf(
            [Evidence.Of("ana", "2025-05-01", Stance.Oppose, 0.99), Evidence.Of("ana", "2025-05-01", Stance.Support, 0.4, reviewed: true, model: Stance.Open)],
            AsOf);
        Assert.Equal(Stance.Support, position!.Stance);
        Assert.True(position.Evidence.Reviewed);
    }

    [Fact]
    public void No_statement_is_no_position_and_not_neutral()
    {
        Assert.Null(PositionCalculator.ActorAsOf([], AsOf));
        var neutral = PositionCalculator.ActorAsOf([Evidence.Of("ana", "2025-05-01", Stance.Neutral)], AsOf);
        Assert.Equal(Stance.Neutral, neutral!.Stance);
    }

    [Fact]
    public void Head_of_government_outranks_a_later_foreign_minister()
    {
        var actors = PositionCalculator.ActorsAsOf(
            [Evidence.Of("premier", "2025-02-01", Stance.Oppose, office: Offices.HeadOfGovernment), Evidence.Of("minister", "2025-06-01", Stance.Open, office: Offices.ForeignMinister)],
            AsOf);
        var country = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", actors)!;
        Assert.Equal(Stance.Oppose, country.Stance);
        Assert.Equal("premier", country.Winner.ActorKey);
        Assert.Equal(CountryRule.MostSenior, country.Rule);
        Assert.True(country.Disagreement);
        Assert.Equal("minister", Assert.Single(country.Dissenters).ActorKey);
    }

    [Fact]
    public void A_premier_who_has_left_office_ranks_below_a_sitting_minister()
    {
        var outgoing = Evidence.Of("premier", "2025-02-01", Stance.Oppose, office: Offices.HeadOfGovernment) with { OfficeUntil = new DateOnly(2025, 5, 1) };
        var minister = Evidence.Of("minister", "2025-03-01", Stance.Open, office: Offices.ForeignMinister);

        var whileInOffice = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", PositionCalculator.ActorsAsOf([outgoing, minister], new DateOnly(2025, 4, 30)))!;
        var afterHandover = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", PositionCalculator.ActorsAsOf([outgoing, minister], new DateOnly(2025, 5, 1)))!;

        Assert.Equal("premier", whileInOffice.Winner.ActorKey);
        Assert.Equal("minister", afterHandover.Winner.ActorKey);
        Assert.Equal(CountryRule.MostSenior, afterHandover.Rule);
        // Still shown, as the one who disagrees: the former premier's words are evidence, not the government's line.
        Assert.Equal("premier", Assert.Single(afterHandover.Dissenters).ActorKey);
    }

    [Fact]
    public void A_former_office_holder_alone_still_fills_the_cell()
    {
        var outgoing = Evidence.Of("premier", "2025-02-01", Stance.Oppose, office: Offices.HeadOfGovernment) with { OfficeUntil = new DateOnly(2025, 5, 1) };
        var country = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", PositionCalculator.ActorsAsOf([outgoing], AsOf))!;
        Assert.Equal(Stance.Oppose, country.Stance);
        Assert.Equal(CountryRule.SoleSpeaker, country.Rule);
    }

    [Fact]
    public void Foreign_minister_outranks_a_spokesperson_and_agreement_is_not_flagged()
    {
        var actors = PositionCalculator.ActorsAsOf(
            [Evidence.Of("minister", "2025-02-01", Stance.Support, office: Offices.ForeignMinister), Evidence.Of("spokes", "2025-06-01", Stance.Support, office: Offices.Spokesperson)],
            AsOf);
        var country = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", actors)!;
        Assert.Equal("minister", country.Winner.ActorKey);
        Assert.False(country.Disagreement);
    }

    [Fact]
    public void Among_equally_senior_speakers_the_latest_wins()
    {
        var actors = PositionCalculator.ActorsAsOf(
            [Evidence.Of("president", "2025-02-01", Stance.Oppose, office: Offices.HeadOfState), Evidence.Of("premier", "2025-04-01", Stance.Open, office: Offices.HeadOfGovernment)],
            AsOf);
        var country = PositionCalculator.CountryAsOf("ARD", "troops-in-ukraine", actors)!;
        Assert.Equal("premier", country.Winner.ActorKey);
        Assert.Equal(CountryRule.LatestAmongEquals, country.Rule);
    }

    [Fact]
    public void A_sole_speaker_decides_and_countries_are_kept_apart()
    {
        var countries = PositionCalculator.CountriesAsOf(PositionCalculator.ActorsAsOf(
            [Evidence.Of("ana", "2025-02-01", Stance.Oppose), Evidence.Of("bo", "2025-02-01", Stance.Support, country: "BOR"), Evidence.Of("ana", "2025-02-01", Stance.Support, topic: "ceasefire")],
            AsOf));
        Assert.Equal(3, countries.Count);
        Assert.All(countries, c => Assert.Equal(CountryRule.SoleSpeaker, c.Rule));
        Assert.Equal(Stance.Support, countries.Single(c => c.Country == "BOR").Stance);
    }
}
