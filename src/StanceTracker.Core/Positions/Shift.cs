using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Positions;

/// <summary>How a position moved.</summary>
public enum ShiftKind
{
    /// <summary>support to oppose, or oppose to support.</summary>
    Reversal,

    /// <summary>From a categorical stance to a less categorical one: support or oppose to open or neutral, open to neutral.</summary>
    Softening,

    /// <summary>From open to a categorical stance.</summary>
    Hardening,

    /// <summary>From neutral to taking a side.</summary>
    Clarification,
}

/// <summary>Two consecutive, different positions of the same actor (or country) on a topic, with the statements behind them.</summary>
public sealed record Shift(string Subject, string TopicId, ShiftKind Kind, PositionEvidence Before, PositionEvidence After)
{
    public Stance From => Before.Stance;

    public Stance To => After.Stance;

    public DateOnly Date => After.Date;

    public static ShiftKind Classify(Stance from, Stance to) => (from, to) switch
    {
        (Stance.Support, Stance.Oppose) or (Stance.Oppose, Stance.Support) => ShiftKind.Reversal,
        (Stance.Neutral, _) => ShiftKind.Clarification,
        (Stance.Open, Stance.Support) or (Stance.Open, Stance.Oppose) => ShiftKind.Hardening,
        _ when from == to => throw new ArgumentException($"{from} to {to} is no shift"),
        _ => ShiftKind.Softening,
    };
}
