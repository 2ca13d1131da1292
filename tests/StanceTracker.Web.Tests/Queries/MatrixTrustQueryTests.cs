using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Sqlite;

namespace StanceTracker.Web.Tests.Queries;

/// <summary>What the matrix page reads to tell a trustworthy cell from one to take with care.</summary>
public sealed class MatrixTrustQueryTests : IDisposable
{
    private readonly TempDashboardDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Position_dates_are_null_on_an_empty_database_and_span_the_data_otherwise()
    {
        Assert.Equal(new PositionDates(null, null), new SqlitePositionDatesQuery(_db.Database).Get());

        TrustWorld.Seed(_db.Database);

        Assert.Equal(new PositionDates(TrustWorld.Earliest, TrustWorld.Latest), new SqlitePositionDatesQuery(_db.Database).Get());
    }

    [Fact]
    public void A_cell_whose_speaker_has_left_office_says_since_when()
    {
        TrustWorld.Seed(_db.Database);
        var query = new SqliteMatrixQuery(_db.Database);

        var before = query.Get(new DateOnly(2025, 3, 1)).Cell("DEU", TrustWorld.Troops);
        var after = query.Get(TrustWorld.Latest).Cell("DEU", TrustWorld.Troops);

        Assert.NotNull(before);
        Assert.Null(before.LeftOfficeOn);
        Assert.NotNull(after);
        Assert.Equal("Olaf Scholz", after.SpeakerName);
        Assert.Equal(TrustWorld.ScholzLeft, after.LeftOfficeOn);
    }

    [Fact]
    public void Confidence_and_review_reach_the_cells()
    {
        TrustWorld.Seed(_db.Database);
        var view = new SqliteMatrixQuery(_db.Database).Get(TrustWorld.Latest);

        var italy = view.Cell("ITA", TrustWorld.Troops);
        var poland = view.Cell("POL", TrustWorld.Troops);
        Assert.Equal((TrustWorld.MeloniConfidence, false), (italy?.Confidence, italy?.Reviewed));
        Assert.Equal((Stance.Oppose, true), (poland?.Stance, poland?.Reviewed));
        Assert.Null(view.Cell("HUN", TrustWorld.Troops));
        Assert.NotNull(new SqliteMatrixQuery(_db.Database).Get(TrustWorld.Latest, IMatrixQuery.MaxWindowDays).Cell("HUN", TrustWorld.Troops));
    }
}
