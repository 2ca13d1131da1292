using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Positions;

/// <summary>Settings of the aggregation rules; the defaults are what the dashboard and CLI use.</summary>
public sealed record PositionRules
{
    public static PositionRules Default { get; } = new();

    /// <summary>How far back a statement still counts as a current position.</summary>
    public int WindowDays { get; init; } = 365;

    /// <summary>Below this confidence a model position alone does not make a shift (it needs a second statement or a review).</summary>
    public double ShiftConfidence { get; init; } = 0.6;
}

/// <summary>An actor's position on a topic as of a date, with the statement behind it and how old it is.</summary>
public sealed record ActorPosition(string ActorKey, string TopicId, DateOnly AsOf, PositionEvidence Evidence)
{
    public Stance Stance => Evidence.Stance;

    public int AgeDays => AsOf.DayNumber - Evidence.Date.DayNumber;
}

/// <summary>Why a country cell holds what it holds, in words an analyst can check.</summary>
public enum CountryRule
{
    /// <summary>Only one speaker for the country stated a position in the window.</summary>
    SoleSpeaker,

    /// <summary>The most senior office holder's latest statement wins.</summary>
    MostSenior,

    /// <summary>Equally senior speakers: the latest statement wins.</summary>
    LatestAmongEquals,
}

/// <summary>A country's position on a topic as of a date: the winning actor position, and the others that disagree.</summary>
public sealed record CountryPosition(
    string Country,
    string TopicId,
    DateOnly AsOf,
    ActorPosition Winner,
    CountryRule Rule,
    IReadOnlyList<ActorPosition> Others)
{
    public Stance Stance => Winner.Stance;

    /// <summary>Members of the same government said different things in the window: shown to the analyst, not hidden.</summary>
    public bool Disagreement => Others.Any(o => o.Stance != Winner.Stance);

    public IEnumerable<ActorPosition> Dissenters => Others.Where(o => o.Stance != Winner.Stance);
}
