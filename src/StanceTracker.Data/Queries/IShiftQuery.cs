using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>Changes of position by actors and countries, newest first.</summary>
public interface IShiftQuery
{
    IReadOnlyList<Shift> Find(DateOnly? since = null, string? topicId = null, bool countries = true, PositionRules? rules = null);
}
