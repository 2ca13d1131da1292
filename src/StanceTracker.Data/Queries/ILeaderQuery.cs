using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>
/// A leader in a list: a catalogue actor, or a speaker the catalogue does not know (key <c>name:...</c>).
/// <see cref="Office"/> and <see cref="Title"/> are the latest known: the catalogue's latest term, else what the latest statement said.
/// </summary>
public sealed record LeaderSummary(string Key, string? ActorId, string Name, string? Country, string? Office, string? Title, int Positions, DateOnly? LastDate);

/// <summary>A statement of one leader with the position it took.</summary>
public sealed record LeaderStatement(
    long StatementId, DateOnly Date, string TopicId, Stance Stance, double Confidence, bool Reviewed, string? Role,
    string Text, string ArticleTitle, string? Source, string? Url);

/// <summary>
/// One leader as of a date: roles over time, current position per topic (inside the window), the last known position
/// per topic however old, shifts and recent statements.
/// </summary>
public sealed record LeaderProfile(
    string Key,
    string? ActorId,
    string Name,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeTerm> Terms,
    DateOnly AsOf,
    IReadOnlyList<ActorPosition> Positions,
    IReadOnlyList<ActorPosition> LastKnown,
    IReadOnlyList<Shift> Shifts,
    IReadOnlyList<LeaderStatement> Recent);

/// <summary>Leaders (catalogued actors and the speakers the model found) and what each has said.</summary>
public interface ILeaderQuery
{
    IReadOnlyList<LeaderSummary> Search(string? text = null, string? country = null, string? office = null, bool spokenOnly = false, int limit = 200);

    /// <summary>Everyone who took a position on the topic, most positions first.</summary>
    IReadOnlyList<LeaderSummary> SpeakersOn(string topicId);

    /// <summary>One leader's offices, positions as of <paramref name="asOf"/> and recent statements; null when the key is unknown.</summary>
    LeaderProfile? Get(string key, DateOnly asOf, int recentLimit = 25, PositionRules? rules = null);
}
