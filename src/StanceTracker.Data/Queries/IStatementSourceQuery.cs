namespace StanceTracker.Data.Queries;

/// <summary>Where a statement was published: its article's title, source name and address (null where none was given).</summary>
public sealed record StatementSource
{
    public long StatementId { get; init; }
    public string ArticleTitle { get; init; } = "";
    public string? Source { get; init; }
    public string? Url { get; init; }
}

/// <summary>The sources of statements a view already holds (a shift's before and after), looked up by statement id.</summary>
public interface IStatementSourceQuery
{
    IReadOnlyDictionary<long, StatementSource> For(IEnumerable<long> statementIds);
}
