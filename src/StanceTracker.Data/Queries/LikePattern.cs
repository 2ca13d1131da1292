namespace StanceTracker.Data.Queries;

/// <summary>LIKE patterns from what an analyst types, the same for every engine (each query says <c>ESCAPE '\'</c>).</summary>
internal static class LikePattern
{
    /// <summary>Matches text containing <paramref name="text"/>, whose %, _ and \ are matched literally.</summary>
    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
