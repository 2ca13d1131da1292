using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Contracts;

/// <summary>One page of <c>/api/statements</c>; <see cref="Page"/> is one-based, as in the address.</summary>
public sealed record StatementPageResponse(int Total, int Page, int PageSize, IReadOnlyList<StatementRow> Rows)
{
    public static StatementPageResponse Of(StatementPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new StatementPageResponse(page.Total, page.Page + 1, page.PageSize, page.Rows);
    }
}
