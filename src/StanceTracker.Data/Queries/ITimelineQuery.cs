using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>One step of a timeline: the position that stood from <see cref="Date"/> on, and why.</summary>
public sealed record TimelineStep(DateOnly Date, PositionEvidence Evidence, CountryRule? Rule = null, bool Disagreement = false);

/// <summary>Positions of one actor or one country on one topic over time, with the shifts between them.</summary>
public sealed record Timeline(string Subject, string SubjectName, string TopicId, IReadOnlyList<TimelineStep> Steps, IReadOnlyList<Shift> Shifts);

/// <summary>Actor and country timelines on one topic.</summary>
public interface ITimelineQuery
{
    /// <summary>Every day the actor took a position on the topic, and the shifts between them.</summary>
    Timeline ForActor(string actorKey, string topicId, PositionRules? rules = null);

    /// <summary>The country's position at every date it changed hands or stance, and the shifts of its stance.</summary>
    Timeline ForCountry(string country, string topicId, PositionRules? rules = null);

    /// <summary>
    /// The actor keys for a name as an analyst types it: a catalogue id, name or alias, else a speaker name as stored.
    /// Empty when nothing matches; several keys when the name is ambiguous.
    /// </summary>
    IReadOnlyList<string> FindActorKeys(string name);
}
