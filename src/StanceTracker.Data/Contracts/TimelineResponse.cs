using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Contracts;

/// <summary>A timeline as <c>/api/timeline</c> and <c>stancetracker timeline --format json</c> write it.</summary>
public sealed record TimelineResponse(
    string Subject,
    string SubjectName,
    string Topic,
    IReadOnlyList<TimelineStepResponse> Steps,
    IReadOnlyList<ShiftResponse> Shifts)
{
    public static TimelineResponse Of(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return new TimelineResponse(
            timeline.Subject,
            timeline.SubjectName,
            timeline.TopicId,
            timeline.Steps.Select(s => new TimelineStepResponse(EvidenceResponse.Of(s.Evidence), s.Rule?.ToString(), s.Disagreement)).ToList(),
            timeline.Shifts.Select(ShiftResponse.Of).ToList());
    }
}

/// <summary>
/// A position with the statement behind it. <see cref="Stance"/> is the effective one (a review's, where there is one);
/// <see cref="ModelStance"/> is what the classifier said.
/// </summary>
public record EvidenceResponse(
    DateOnly Date,
    string Speaker,
    string? ActorId,
    string? Country,
    string Stance,
    string ModelStance,
    double Confidence,
    bool Reviewed,
    long StatementId,
    string Text,
    string? ArticleTitle,
    string? Url)
{
    public static EvidenceResponse Of(PositionEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new EvidenceResponse(evidence.Date, evidence.SpeakerName, evidence.ActorId, evidence.Country, evidence.Stance.ToId(),
            evidence.ModelStance.ToId(), ContractJson.Confidence(evidence.Confidence), evidence.Reviewed, evidence.StatementId,
            evidence.Text, evidence.ArticleTitle, evidence.Url);
    }
}

/// <summary>
/// A step of a timeline: the evidence, and for a country the rule that made it the country's position and whether its
/// speakers disagreed.
/// </summary>
public sealed record TimelineStepResponse : EvidenceResponse
{
    public TimelineStepResponse(EvidenceResponse evidence, string? rule, bool disagreement)
        : base(evidence)
    {
        Rule = rule;
        Disagreement = disagreement;
    }

    public string? Rule { get; init; }

    public bool Disagreement { get; init; }
}

/// <summary>A change of position, with the statements on either side; its date is the later statement's.</summary>
public sealed record ShiftResponse(
    DateOnly Date,
    string Subject,
    string Topic,
    string Kind,
    string From,
    string To,
    EvidenceResponse Before,
    EvidenceResponse After)
{
    public static ShiftResponse Of(Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return new ShiftResponse(shift.Date, shift.Subject, shift.TopicId, shift.Kind.ToString().ToLowerInvariant(), shift.From.ToId(),
            shift.To.ToId(), EvidenceResponse.Of(shift.Before), EvidenceResponse.Of(shift.After));
    }
}
