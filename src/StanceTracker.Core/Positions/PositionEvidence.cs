using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Positions;

/// <summary>
/// One position a statement took, with what stands behind it: the unit every aggregation rule works on.
/// <see cref="Stance"/> is the effective stance (a human review's, where one exists); <see cref="ModelStance"/> is what
/// the classifier said.
/// </summary>
public sealed record PositionEvidence(
    long StatementId,
    string ActorKey,
    string? ActorId,
    string SpeakerName,
    string? Country,
    string? Office,
    string? Role,
    DateOnly Date,
    string TopicId,
    Stance Stance,
    double Confidence,
    bool Reviewed,
    Stance ModelStance,
    string Text,
    string? ArticleTitle = null,
    string? Url = null,
    int? Rank = null)
{
    /// <summary>Lower is more senior; unknown offices rank last. <see cref="Rank"/>, where given, is the stored rank.</summary>
    public int Seniority => Rank ?? Offices.Seniority(Office ?? "");

    /// <summary>
    /// The day the speaker's office (the one they spoke in) passed to someone else, if it has: from then on the statement
    /// no longer speaks for the government. Null while they hold it, and for speakers the catalogue has no term for.
    /// </summary>
    public DateOnly? OfficeUntil { get; init; }

    /// <summary>Whether the speaker had handed on the office they spoke in by <paramref name="asOf"/>.</summary>
    public bool LeftOfficeBy(DateOnly asOf) => OfficeUntil is { } until && asOf >= until;

    /// <summary>Seniority as of a date: a former office holder ranks below every sitting official.</summary>
    public int SeniorityOn(DateOnly asOf) => LeftOfficeBy(asOf) ? Offices.FormerOfficeHolder : Seniority;

    /// <summary>
    /// How many statements by the same speaker on the same topic that day take this stance, this one included, where the
    /// evidence stands for a whole day (the store keeps one position per day); 1 for a single statement.
    /// </summary>
    public int AgreeingThatDay { get; init; } = 1;

    /// <summary>The stored position's id where the evidence comes from the store; 0 for evidence not yet stored.</summary>
    public long PositionId { get; init; }

    /// <summary>What decides between this and the actor's other positions on the topic.</summary>
    public PositionPrecedence Precedence => new(Date, Reviewed, Confidence, StatementId, PositionId);

    /// <summary>A reviewed position is certain: the analyst has read it.</summary>
    public double EffectiveConfidence => Precedence.EffectiveConfidence;

    /// <summary>The key for speakers the catalogue does not know: their name and country as the text gave them.</summary>
    public static string KeyFor(string? actorId, string speakerName, string? country) =>
        actorId ?? $"name:{speakerName.Trim().ToLowerInvariant()}|{country ?? ""}";
}
