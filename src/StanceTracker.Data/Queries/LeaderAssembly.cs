using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The rows every engine's leader query fills.</summary>
internal static class LeaderRows
{
    public sealed class Summary
    {
        public string Key { get; init; } = "";
        public string? ActorId { get; init; }
        public string Name { get; init; } = "";
        public string? Country { get; init; }
        public string? Office { get; init; }
        public string? Title { get; init; }
        public int Positions { get; init; }
        public DateOnly? LastDate { get; init; }

        public LeaderSummary ToSummary() => new(Key, ActorId, Name, Country, Office, Title, Positions, LastDate);
    }

    public sealed class Actor
    {
        public string Key { get; init; } = "";
        public string ActorId { get; init; } = "";
        public string Name { get; init; } = "";
        public string Country { get; init; } = "";
    }

    public sealed class Term
    {
        public string Office { get; init; } = "";
        public string Title { get; init; } = "";
        public string Country { get; init; } = "";
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }
    }

    public sealed class Statement
    {
        public long StatementId { get; init; }
        public DateOnly Date { get; init; }
        public string TopicId { get; init; } = "";
        public Stance Stance { get; init; }
        public double Confidence { get; init; }
        public bool Reviewed { get; init; }
        public string? Role { get; init; }
        public string Text { get; init; } = "";
        public string ArticleTitle { get; init; } = "";
        public string? Source { get; init; }
        public string? Url { get; init; }

        public LeaderStatement ToStatement() => new(
            StatementId, Date, TopicId,
            Stance,
            Confidence, Reviewed, Role, Text, ArticleTitle, Source, Url);
    }
}

/// <summary>The engine-neutral half of every engine's leader query: positions, last known positions and shifts from the days the engine read.</summary>
internal static class LeaderAssembly
{
    /// <param name="evidence">The leader's every position day.</param>
    /// <param name="recent">The newest statements on or before <paramref name="asOf"/>.</param>
    public static LeaderProfile Profile(
        string key, DateOnly asOf, PositionRules? rules, LeaderRows.Actor? actor, IReadOnlyList<string> aliases, IReadOnlyList<OfficeTerm> terms,
        IReadOnlyList<PositionEvidence> evidence, IReadOnlyList<LeaderStatement> recent)
    {
        rules ??= PositionRules.Default;
        var byTopic = evidence.GroupBy(e => e.TopicId, StringComparer.Ordinal).ToList();
        var positions = byTopic
            .Select(g => PositionCalculator.ActorAsOf(g, asOf, rules))
            .OfType<ActorPosition>()
            .OrderByDescending(p => p.Evidence.Date)
            .ToList();
        var unbounded = rules with { WindowDays = asOf.DayNumber - DateOnly.MinValue.DayNumber };
        var lastKnown = byTopic
            .Select(g => PositionCalculator.ActorAsOf(g, asOf, unbounded))
            .OfType<ActorPosition>()
            .OrderByDescending(p => p.Evidence.Date)
            .ToList();
        var shifts = byTopic
            .SelectMany(g => ShiftDetector.Detect(key, g.Key, g.Where(e => e.Date <= asOf), rules))
            .OrderByDescending(s => s.Date)
            .ToList();
        var latest = evidence.OrderByDescending(e => e.Date).FirstOrDefault();
        return new LeaderProfile(
            key,
            actor?.ActorId,
            actor?.Name ?? latest?.SpeakerName ?? key,
            actor?.Country ?? latest?.Country,
            aliases,
            terms,
            asOf,
            positions,
            lastKnown,
            shifts,
            recent);
    }
}
