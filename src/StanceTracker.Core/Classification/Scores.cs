namespace StanceTracker.Core.Classification;

internal static class Scores
{
    /// <summary>The index of the highest score; the first on a tie.</summary>
    public static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return best;
    }
}
