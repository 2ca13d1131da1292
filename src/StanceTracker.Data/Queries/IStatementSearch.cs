
namespace StanceTracker.Data.Queries;

public sealed record StatementHit(long StatementId, string Text, string SpeakerName, string? Country, DateOnly Date, string ArticleTitle, string? Url);

/// <summary>Full-text search over statement text, best matches first.</summary>
public interface IStatementSearch
{
    /// <summary>Statements containing every word of <paramref name="text"/>; none when it holds no word.</summary>
    IReadOnlyList<StatementHit> Search(string text, int limit = 50);
}
