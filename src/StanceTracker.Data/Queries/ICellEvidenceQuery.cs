using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>A statement behind a matrix cell, with where it was published and, for a wire copy, where else.</summary>
public sealed record CellStatement(PositionEvidence Evidence, string? Source)
{
    /// <summary>The articles and outlets that carried the statement; just its own article unless it was a wire copy.</summary>
    public StatementReach Reach { get; init; } = StatementReach.Of(Source, []);

    public long StatementId => Evidence.StatementId;

    public string SpeakerName => Evidence.SpeakerName;

    public DateOnly Date => Evidence.Date;

    public Stance Stance => Evidence.Stance;
}

/// <summary>
/// Everything behind one country-by-topic cell as of a date: the winning statement, each other speaker's current
/// position, the rule that picked the winner, and the country's earlier statements inside the window.
/// <see cref="Winner"/> is null when no speaker of the country took a position in the window.
/// </summary>
public sealed record CellEvidence(
    string Country,
    string TopicId,
    DateOnly AsOf,
    DateOnly From,
    int WindowDays,
    CellStatement? Winner,
    CountryRule? Rule,
    bool Disagreement,
    IReadOnlyList<CellStatement> Others,
    IReadOnlyList<CellStatement> Earlier);

/// <summary>What stands behind one matrix cell: the deciding statement, the rule that chose it and the other speakers.</summary>
public interface ICellEvidenceQuery
{
    CellEvidence Get(string country, string topicId, DateOnly asOf, int? windowDays = null);
}
