
namespace StanceTracker.Data.Queries;

/// <summary>
/// A speaker the catalogue did not know, as often as it was quoted: a candidate for data/actors.json.
/// <see cref="Roles"/> and <see cref="Countries"/> list the distinct values seen, most frequent first.
/// </summary>
public sealed record UnknownSpeaker(string Name, long Statements, long Articles, string? Roles, string? Countries, string? FirstDate, string? LastDate);

/// <summary>Speakers the catalogue does not know, most quoted first: candidates for it.</summary>
public interface IUnknownSpeakersQuery
{
    IReadOnlyList<UnknownSpeaker> Frequent(int minStatements = 2, int limit = 100);
}
