namespace StanceTracker.Data.Queries;

/// <summary>The country-by-topic matrix as of a date, each cell chosen by the seniority rule.</summary>
public interface IMatrixQuery
{
    /// <summary>The longest window the CLI and the API accept: a century reaches back before any news archive.</summary>
    const int MaxWindowDays = 36_500;

    /// <summary>The matrix as of <paramref name="asOf"/>, looking back <paramref name="windowDays"/> days (both ends included).</summary>
    MatrixView Get(DateOnly asOf, int? windowDays = null);
}
