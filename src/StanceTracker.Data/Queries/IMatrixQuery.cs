namespace StanceTracker.Data.Queries;

/// <summary>The country-by-topic matrix as of a date, each cell chosen by the seniority rule.</summary>
public interface IMatrixQuery
{
    /// <summary>The longest window the CLI and the API accept: a century reaches back before any news archive.</summary>
    const int MaxWindowDays = 36_500;

    /// <summary>The matrix as of <paramref name="asOf"/>, looking back <paramref name="windowDays"/> days (both ends included).</summary>
    MatrixView Get(DateOnly asOf, int? windowDays = null);

    /// <summary>
    /// The matrix in the window beside each country's last known position with no window, from one read: the grid
    /// shows the second, faded, where the first has no cell.
    /// </summary>
    MatrixWithLastKnown GetWithLastKnown(DateOnly asOf, int? windowDays = null);
}

/// <summary>The matrix in a window (<see cref="InWindow"/>) and with no window (<see cref="LastKnown"/>), as of the same date.</summary>
public sealed record MatrixWithLastKnown(MatrixView InWindow, MatrixView LastKnown);
