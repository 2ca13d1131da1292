namespace StanceTracker.Core.Positions;

/// <summary>
/// Finds shifts in a sequence of positions on one topic by one subject (an actor, or a country's winning positions).
/// A new stance counts once it is established: stated with confidence (or reviewed), or said twice (in two statements
/// on the same day, or on two days running). One low-confidence statement alone does not make a shift, nor undo one.
/// </summary>
public static class ShiftDetector
{
    public static IReadOnlyList<Shift> Detect(string subject, string topicId, IEnumerable<PositionEvidence> evidence, PositionRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        rules ??= PositionRules.Default;

        // One position per day: the best of the day, as the as-of rule picks it.
        var days = evidence
            .GroupBy(e => e.Date)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var best = g.Aggregate((best, e) => PositionCalculator.IsBetter(e, best) ? e : best);
                // Raw evidence has a row per statement; a stored day is one row that counts the statements agreeing with it.
                return (Best: best, SaidTwice: Math.Max(g.Count(e => e.Stance == best.Stance), best.AgreeingThatDay) > 1);
            })
            .ToList();

        var shifts = new List<Shift>();
        PositionEvidence? established = null;
        PositionEvidence? pending = null;
        foreach (var (day, saidTwice) in days)
        {
            if (established is null)
            {
                if (IsConfident(day, rules) || saidTwice || (pending is not null && pending.Stance == day.Stance))
                {
                    established = day;
                    pending = null;
                }
                else
                {
                    pending = day;
                }
                continue;
            }
            if (day.Stance == established.Stance)
            {
                // Restating the same stance keeps the latest evidence as the "before" of a later shift.
                established = day;
                pending = null;
                continue;
            }
            var confirmsPending = pending is not null && pending.Stance == day.Stance;
            if (IsConfident(day, rules) || saidTwice || confirmsPending)
            {
                // The shift dates from the first statement of the new stance: the pending one if this day confirms it,
                // never a pending statement of some third stance that this day overrules.
                shifts.Add(new Shift(subject, topicId, Shift.Classify(established.Stance, day.Stance), established, confirmsPending ? pending! : day));
                established = day;
                pending = null;
            }
            else
            {
                pending = day;
            }
        }
        return shifts;
    }

    private static bool IsConfident(PositionEvidence evidence, PositionRules rules) => evidence.EffectiveConfidence >= rules.ShiftConfidence;
}
