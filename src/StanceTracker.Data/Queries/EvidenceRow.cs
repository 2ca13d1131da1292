using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>A <c>position_days</c> row with its statement, as the position queries read it; aliases match these names.</summary>
internal sealed class EvidenceRow
{
    public string ActorKey { get; init; } = "";
    public string TopicId { get; init; } = "";
    public DateOnly Day { get; init; }
    public long StatementId { get; init; }
    public long PositionId { get; init; }
    public string? ActorId { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? Country { get; init; }
    public string? Office { get; init; }
    public string? Role { get; init; }
    public Stance Stance { get; init; }
    public Stance ModelStance { get; init; }
    public double Confidence { get; init; }
    public bool Reviewed { get; init; }
    public string Text { get; init; } = "";
    public string? ArticleTitle { get; init; }
    public string? Url { get; init; }
    public int? Rank { get; init; }

    /// <summary>How many of the day's statements by the actor on the topic share this stance (position_days.agreeing).</summary>
    public int Agreeing { get; init; } = 1;

    /// <summary>The source's name, for queries that select it; evidence itself does not carry it.</summary>
    public string? Source { get; init; }

    public PositionEvidence ToEvidence() => new(
        StatementId, ActorKey, ActorId, SpeakerName, Country, Office, Role, Day, TopicId,
        Stance, Confidence, Reviewed, ModelStance, Text, ArticleTitle, Url, Rank)
    {
        AgreeingThatDay = Agreeing,
        PositionId = PositionId,
    };
}
