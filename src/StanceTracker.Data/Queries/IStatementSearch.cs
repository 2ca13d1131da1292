
namespace StanceTracker.Data.Queries;

public sealed record StatementHit(long StatementId, string Text, string SpeakerName, string? Country, DateOnly Date, string ArticleTitle, string? Url);

/// <summary>Full-text search over statement text, best matches first.</summary>
public interface IStatementSearch
{
    /// <summary>Statements containing every word of <paramref name="text"/>; none when it holds no word.</summary>
    IReadOnlyList<StatementHit> Search(string text, int limit = 50);
}

/// <summary>The row every engine's search fills.</summary>
internal sealed class StatementHitRow
{
    public long StatementId { get; init; }
    public string Text { get; init; } = "";
    public string SpeakerName { get; init; } = "";
    public string? Country { get; init; }
    public DateOnly Date { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string? Url { get; init; }

    public StatementHit ToHit() => new(StatementId, Text, SpeakerName, Country, Date, ArticleTitle, Url);
}
