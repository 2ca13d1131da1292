using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The engine-neutral half of every engine's timeline query: steps and shifts from the days the engine read.</summary>
internal static class TimelineAssembly
{
    /// <param name="evidence">The actor's days on the topic, in date order.</param>
    public static Timeline ForActor(string actorKey, string topicId, IReadOnlyList<PositionEvidence> evidence, PositionRules? rules) =>
        new(actorKey, evidence.Count > 0 ? evidence[^1].SpeakerName : actorKey, topicId,
            evidence.Select(e => new TimelineStep(e.Date, e)).ToList(),
            ShiftDetector.Detect(actorKey, topicId, evidence, rules));

    /// <param name="evidence">The days of every speaker for the country on the topic, office terms applied, in date order.</param>
    public static Timeline ForCountry(string country, string topicId, IReadOnlyList<PositionEvidence> evidence, PositionRules? rules)
    {
        rules ??= PositionRules.Default;
        var steps = CountryTimeline.Steps(country, topicId, evidence, rules);
        return new Timeline(country, country, topicId, steps, ShiftDetector.Detect(country, topicId, steps.Select(s => s.Evidence), rules));
    }
}
