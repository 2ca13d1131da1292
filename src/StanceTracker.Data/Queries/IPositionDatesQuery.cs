namespace StanceTracker.Data.Queries;

/// <summary>The first and last day any stored position was taken on; both null for a database without positions.</summary>
public sealed record PositionDates(DateOnly? Earliest, DateOnly? Latest);

/// <summary>Where the stored positions begin and end, so that views open on the data rather than on today.</summary>
public interface IPositionDatesQuery
{
    PositionDates Get();
}
