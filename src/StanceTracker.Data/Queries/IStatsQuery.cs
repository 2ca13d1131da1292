
namespace StanceTracker.Data.Queries;

/// <summary>Row counts and extent of the database. <see cref="FileBytes"/> is the database file plus its write-ahead log.</summary>
public sealed record DatabaseStats(
    long Articles,
    long Sources,
    long Statements,
    long Positions,
    long Actors,
    long Topics,
    long Reviews,
    DateOnly? Earliest,
    DateOnly? Latest,
    int SchemaVersion,
    long FileBytes);

/// <summary>What the store holds, counted.</summary>
public interface IStatsQuery
{
    DatabaseStats Get();
}
