using StanceTracker.Core;

namespace StanceTracker.Data.Queries;

/// <summary>A further article that carried a statement as a wire copy: its outlet, day and address.</summary>
public sealed record StatementReport(long ArticleId, string? Source, DateOnly Date, string? Url);

/// <summary>
/// How widely a statement was reported: by how many articles (its own and the further reports of its wire copies) and
/// how many distinct outlets among them, with the further reports themselves, earliest first.
/// </summary>
public sealed record StatementReach(int Articles, int Outlets, IReadOnlyList<StatementReport> Further)
{
    /// <summary>Carried by more than its own article: worth saying "reported by N outlets".</summary>
    public bool Repeated => Articles > 1;

    /// <summary>
    /// Outlets are told apart by name, whatever the case or the spaces around it; an article that names no outlet adds
    /// to the articles but to no outlet (it may be any of them).
    /// </summary>
    public static StatementReach Of(string? ownSource, IReadOnlyList<StatementReport> further)
    {
        ArgumentNullException.ThrowIfNull(further);
        var outlets = further.Select(f => f.Source).Append(ownSource)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count();
        return new StatementReach(1 + further.Count, outlets, further);
    }
}

/// <summary>A <c>statement_reports</c> row with its article, as the engines' queries read it; aliases match these names.</summary>
internal sealed class StatementReportRow
{
    public long StatementId { get; init; }
    public long ArticleId { get; init; }
    public string? Source { get; init; }
    public string Date { get; init; } = "";
    public string? Url { get; init; }

    /// <summary>The further reports of each statement among <paramref name="rows"/>, earliest first (then by article).</summary>
    public static Dictionary<long, List<StatementReport>> ByStatement(IEnumerable<StatementReportRow> rows) =>
        rows.GroupBy(r => r.StatementId)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.ArticleId)
                    .Select(r => new StatementReport(r.ArticleId, r.Source, IsoDate.Parse(r.Date), r.Url))
                    .ToList());

    /// <summary>The reach of a statement whose own article's outlet is <paramref name="ownSource"/>.</summary>
    public static StatementReach ReachOf(Dictionary<long, List<StatementReport>> further, long statementId, string? ownSource) =>
        StatementReach.Of(ownSource, further.TryGetValue(statementId, out var reports) ? reports : []);
}
