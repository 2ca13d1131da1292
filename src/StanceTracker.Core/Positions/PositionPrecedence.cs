namespace StanceTracker.Core.Positions;

/// <summary>
/// Which of an actor's positions on a topic counts: the later day; on the same day a reviewed or more confident one;
/// then the later statement and the later position, so the same data always gives the same answer. The store picks
/// each day's position with this order too.
/// </summary>
public readonly record struct PositionPrecedence(DateOnly Date, bool Reviewed, double Confidence, long StatementId, long PositionId)
    : IComparable<PositionPrecedence>
{
    /// <summary>A reviewed position is certain: the analyst has read it.</summary>
    public double EffectiveConfidence => Reviewed ? 1.0 : Confidence;

    public int CompareTo(PositionPrecedence other)
    {
        var byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }
        var byConfidence = EffectiveConfidence.CompareTo(other.EffectiveConfidence);
        if (byConfidence != 0)
        {
            return byConfidence;
        }
        var byStatement = StatementId.CompareTo(other.StatementId);
        return byStatement != 0 ? byStatement : PositionId.CompareTo(other.PositionId);
    }

    public static bool operator >(PositionPrecedence left, PositionPrecedence right) => left.CompareTo(right) > 0;

    public static bool operator <(PositionPrecedence left, PositionPrecedence right) => left.CompareTo(right) < 0;

    public static bool operator >=(PositionPrecedence left, PositionPrecedence right) => left.CompareTo(right) >= 0;

    public static bool operator <=(PositionPrecedence left, PositionPrecedence right) => left.CompareTo(right) <= 0;
}
