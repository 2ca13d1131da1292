using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>
/// When each catalogued speaker's office passed on, read once per query from the stored actor catalogue (a few thousand terms
/// at most), so the country rules can tell a sitting official from a former one without widening the per-day table.
/// </summary>
internal sealed class OfficeTermIndex
{
    private readonly ILookup<string, OfficeTerm> _terms;

    /// <param name="terms">Every catalogued actor's terms, by actor id, as the engine read them.</param>
    public OfficeTermIndex(ILookup<string, OfficeTerm> terms) => _terms = terms;

    /// <summary>
    /// The day the office the actor held on <paramref name="day"/> ended, or null if it has not (or the catalogue does
    /// not say). Of two overlapping terms (head of state and of government) the one still running wins.
    /// </summary>
    public DateOnly? OfficeUntil(string? actorId, DateOnly day)
    {
        if (actorId is null)
        {
            return null;
        }
        var covering = _terms[actorId].Where(t => t.Covers(day)).ToList();
        return covering.Count == 0 || covering.Any(t => t.End is null) ? null : covering.Max(t => t.End);
    }

    public PositionEvidence Apply(PositionEvidence evidence) =>
        OfficeUntil(evidence.ActorId, evidence.Date) is { } until ? evidence with { OfficeUntil = until } : evidence;
}
