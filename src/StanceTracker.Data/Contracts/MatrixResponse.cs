using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;

namespace StanceTracker.Data.Contracts;

/// <summary>The matrix as <c>/api/matrix</c> and <c>stancetracker matrix --format json</c> write it.</summary>
public sealed record MatrixResponse(
    DateOnly AsOf,
    string? Region,
    IReadOnlyList<TopicResponse> Topics,
    IReadOnlyList<CountryResponse> Countries,
    IReadOnlyList<MatrixCellResponse> Cells)
{
    /// <param name="cells">The view's cells, or those of a region.</param>
    /// <param name="countryName">The country's name for its code (the code itself when unknown).</param>
    public static MatrixResponse Of(MatrixView view, IReadOnlyList<MatrixCell> cells, string? region, Func<string, string> countryName)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(countryName);
        return new MatrixResponse(
            view.AsOf,
            region,
            view.Topics.Select(t => new TopicResponse(t.Id, t.Label, t.Proposition)).ToList(),
            cells.Select(c => c.Country).Distinct(StringComparer.Ordinal).Select(c => new CountryResponse(c, countryName(c))).ToList(),
            cells.Select(MatrixCellResponse.Of).ToList());
    }
}

public sealed record TopicResponse(string Id, string Label, string Proposition);

public sealed record CountryResponse(string Code, string Name);

/// <summary>
/// One cell: the position that stands for the country. <see cref="SpeakerCount"/> is how many of its speakers took a
/// position in the window; <see cref="Rule"/> names the rule that chose this one among them.
/// </summary>
public sealed record MatrixCellResponse(
    string Country,
    string Topic,
    string Stance,
    double Confidence,
    DateOnly Date,
    string Speaker,
    string? ActorId,
    long StatementId,
    int SpeakerCount,
    string Rule,
    bool Disagreement,
    bool Reviewed)
{
    public static MatrixCellResponse Of(MatrixCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return new MatrixCellResponse(cell.Country, cell.TopicId, cell.Stance.ToId(), ContractJson.Confidence(cell.Confidence), cell.Date,
            cell.SpeakerName, cell.ActorId, cell.StatementId, cell.SpeakerCount, cell.Rule.ToString(), cell.Disagreement, cell.Reviewed);
    }
}
