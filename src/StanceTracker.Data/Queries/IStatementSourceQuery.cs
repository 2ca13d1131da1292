namespace StanceTracker.Data.Queries;

/// <summary>A statement's words and where they were published: what an export cites for a cell or a step.</summary>
public sealed class StatementSource
{
    public long StatementId { get; init; }
    public string Text { get; init; } = "";
    public string? ArticleTitle { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
}

/// <summary>The quote and source behind statements already chosen by another query (matrix cells, timeline steps).</summary>
public interface IStatementSourceQuery
{
    /// <summary>The statements found among <paramref name="statementIds"/>, by id; unknown ids are left out.</summary>
    IReadOnlyDictionary<long, StatementSource> ForStatements(IReadOnlyCollection<long> statementIds);
}
