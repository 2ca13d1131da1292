namespace StanceTracker.Data.Queries;

/// <summary>
/// The row every engine's dates query fills: Dapper cannot match a record's constructor to a row whose columns carry
/// no declared type, as an aggregate's do.
/// </summary>
internal sealed class PositionDatesRow
{
    public DateOnly? Earliest { get; init; }
    public DateOnly? Latest { get; init; }

    public PositionDates ToDates() => new(Earliest, Latest);
}
