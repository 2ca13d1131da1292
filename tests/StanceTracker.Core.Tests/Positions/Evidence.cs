using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Core.Tests.Positions;

/// <summary>Builds evidence for invented speakers of an invented country, Ardenia (ARD).</summary>
internal static class Evidence
{
    private static long _nextId;

    public static PositionEvidence Of(
        string actor,
        string date,
        Stance stance,
        double confidence = 0.9,
        string office = Offices.ForeignMinister,
        string country = "ARD",
        string topic = "troops-in-ukraine",
        bool reviewed = false,
        Stance? model = null) =>
        new(Interlocked.Increment(ref _nextId), actor, actor, actor, country, office, null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            topic, stance, confidence, reviewed, model ?? stance, $"{actor} on {topic}: {stance}");
}
