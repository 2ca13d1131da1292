using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Queries;

/// <summary>The queries behind the matrix panel and the leader pages, on the sample world.</summary>
public sealed class PageQueryTests : IDisposable
{
    private readonly TempDashboardDatabase _db = new();

    public PageQueryTests() => SampleWorld.Seed(_db.Database);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Cell_evidence_names_the_senior_winner_and_the_dissenting_minister()
    {
        var cell = new SqliteCellEvidenceQuery(_db.Database).Get("POL", SampleWorld.Troops, new DateOnly(2025, 3, 1));

        Assert.NotNull(cell.Winner);
        Assert.Equal("Donald Tusk", cell.Winner.SpeakerName);
        Assert.Equal(Stance.Oppose, cell.Winner.Stance);
        Assert.Equal("Sample Wire", cell.Winner.Source);
        Assert.Equal(CountryRule.MostSenior, cell.Rule);
        Assert.True(cell.Disagreement);
        var other = Assert.Single(cell.Others);
        Assert.Equal("Radosław Sikorski", other.SpeakerName);
        Assert.Equal(Stance.Open, other.Stance);
    }

    [Fact]
    public void Cell_evidence_agrees_with_the_matrix()
    {
        var asOf = new DateOnly(2025, 3, 1);
        var matrix = new SqliteMatrixQuery(_db.Database).Get(asOf);
        var query = new SqliteCellEvidenceQuery(_db.Database);
        foreach (var cell in matrix.Cells)
        {
            var evidence = query.Get(cell.Country, cell.TopicId, asOf);
            Assert.Equal(cell.StatementId, evidence.Winner?.StatementId);
            Assert.Equal(cell.Rule, evidence.Rule);
            Assert.Equal(cell.Disagreement, evidence.Disagreement);
        }
    }

    [Fact]
    public void Cell_evidence_keeps_earlier_statements_of_the_same_speaker_apart()
    {
        var cell = new SqliteCellEvidenceQuery(_db.Database).Get("FRA", SampleWorld.Troops, new DateOnly(2025, 2, 20));
        Assert.Equal(Stance.Support, cell.Winner!.Stance);
        Assert.Equal(CountryRule.SoleSpeaker, cell.Rule);
        var earlier = Assert.Single(cell.Earlier);
        Assert.Equal(Stance.Open, earlier.Stance);
    }

    [Fact]
    public void Cell_evidence_outside_the_window_is_empty()
    {
        var cell = new SqliteCellEvidenceQuery(_db.Database).Get("POL", SampleWorld.Troops, new DateOnly(2027, 1, 1));
        Assert.Null(cell.Winner);
        Assert.Empty(cell.Earlier);
    }

    [Theory]
    [InlineData("tusk", null, null, "donald-tusk")]
    [InlineData("Franciszek", null, null, "donald-tusk")]
    [InlineData(null, "FRA", null, "emmanuel-macron")]
    [InlineData(null, null, "foreign-minister", "radoslaw-sikorski")]
    [InlineData("kowalski", null, null, "name:jan kowalski|POL")]
    [InlineData(null, null, "official", "name:jan kowalski|POL")]
    public void Leaders_are_found_by_name_alias_country_and_office(string? text, string? country, string? office, string expectedKey)
    {
        var found = new SqliteLeaderQuery(_db.Database).Search(text, country, office);
        Assert.Equal(expectedKey, Assert.Single(found).Key);
    }

    [Fact]
    public void Leader_search_treats_like_wildcards_as_text()
    {
        Assert.Empty(new SqliteLeaderQuery(_db.Database).Search("%"));
        Assert.Empty(new SqliteLeaderQuery(_db.Database).Search("_"));
    }

    [Fact]
    public void Leader_search_lists_those_who_spoke_first_with_their_latest_office()
    {
        var all = new SqliteLeaderQuery(_db.Database).Search();
        Assert.Equal(4, all.Count);
        Assert.Equal("emmanuel-macron", all[0].Key);
        Assert.Equal(2, all[0].Positions);
        Assert.Equal("President", all[0].Title);
        var kowalski = all.Single(l => l.ActorId is null);
        Assert.Equal("Jan Kowalski", kowalski.Name);
        Assert.Equal("Deputy Minister", kowalski.Title);
    }

    [Fact]
    public void Leader_profile_has_terms_positions_shifts_and_recent_statements()
    {
        var macron = new SqliteLeaderQuery(_db.Database).Get("emmanuel-macron", new DateOnly(2025, 6, 1));

        Assert.NotNull(macron);
        Assert.Equal("Emmanuel Macron", macron.Name);
        Assert.Single(macron.Terms);
        var position = Assert.Single(macron.Positions);
        Assert.Equal(Stance.Support, position.Stance);
        var shift = Assert.Single(macron.Shifts);
        Assert.Equal(ShiftKind.Hardening, shift.Kind);
        Assert.Equal(2, macron.Recent.Count);
        Assert.Equal(new DateOnly(2025, 2, 17), macron.Recent[0].Date);
    }

    [Fact]
    public void Leader_profile_as_of_an_earlier_date_ignores_later_statements()
    {
        var macron = new SqliteLeaderQuery(_db.Database).Get("emmanuel-macron", new DateOnly(2024, 12, 31))!;
        Assert.Equal(Stance.Open, Assert.Single(macron.Positions).Stance);
        Assert.Empty(macron.Shifts);
        Assert.Single(macron.Recent);
    }

    [Fact]
    public void Leader_profile_keeps_lapsed_positions_apart()
    {
        var macron = new SqliteLeaderQuery(_db.Database).Get("emmanuel-macron", new DateOnly(2027, 6, 1))!;
        Assert.Empty(macron.Positions);
        Assert.Equal(Stance.Support, Assert.Single(macron.LastKnown).Stance);
    }

    [Fact]
    public void Uncatalogued_speaker_has_a_profile_and_unknown_keys_have_none()
    {
        var query = new SqliteLeaderQuery(_db.Database);
        var kowalski = query.Get("name:jan kowalski|POL", new DateOnly(2025, 6, 1));
        Assert.NotNull(kowalski);
        Assert.Equal("Jan Kowalski", kowalski.Name);
        Assert.Equal("POL", kowalski.Country);
        Assert.Empty(kowalski.Terms);
        Assert.Null(query.Get("nobody-at-all", new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void Speakers_on_a_topic_carry_catalogue_names()
    {
        var speakers = new SqliteLeaderQuery(_db.Database).SpeakersOn(SampleWorld.Troops);
        Assert.Equal(["Donald Tusk", "Emmanuel Macron", "Radosław Sikorski"], speakers.Select(s => s.Name));
        Assert.Equal(2, speakers.Single(s => s.Key == "emmanuel-macron").Positions);
    }
}
