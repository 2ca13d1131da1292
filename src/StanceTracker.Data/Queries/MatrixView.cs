using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The country-by-topic matrix as of one date. A missing cell means no position in the window.</summary>
public sealed record MatrixView(DateOnly AsOf, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Countries, IReadOnlyList<MatrixCell> Cells)
{
    // A scan rather than a cached dictionary: a matrix has a few hundred cells, and a cache would go stale
    // under `with { Cells = ... }`, which copies fields.
    public MatrixCell? Cell(string country, string topicId) =>
        Cells.FirstOrDefault(c => string.Equals(c.Country, country, StringComparison.Ordinal)
            && string.Equals(c.TopicId, topicId, StringComparison.Ordinal));
}

/// <summary>
/// The position that stands for a country on a topic, by the seniority rule, with the reviewed stance where a human
/// corrected it. <see cref="SpeakerCount"/> counts the speakers of that country with a position in the window;
/// <see cref="Disagreement"/> says whether any of them differs from the winner. <see cref="LeftOfficeOn"/> is the day the
/// winning speaker handed on the office they spoke in, when that was on or before the as-of date: the statement still
/// stands for the country only because no sitting official took a position in the window.
/// </summary>
public sealed record MatrixCell(
    string Country,
    string TopicId,
    Stance Stance,
    double Confidence,
    DateOnly Date,
    string SpeakerName,
    string? ActorId,
    long StatementId,
    int SpeakerCount,
    CountryRule Rule = CountryRule.SoleSpeaker,
    bool Disagreement = false,
    bool Reviewed = false,
    DateOnly? LeftOfficeOn = null)
{
    public static MatrixCell From(CountryPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var e = position.Winner.Evidence;
        return new MatrixCell(position.Country, position.TopicId, e.Stance, e.Confidence, e.Date, e.SpeakerName, e.ActorId, e.StatementId,
            1 + position.Others.Count, position.Rule, position.Disagreement, e.Reviewed, e.LeftOfficeBy(position.AsOf) ? e.OfficeUntil : null);
    }
}
