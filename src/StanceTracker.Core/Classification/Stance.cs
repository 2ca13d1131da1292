namespace StanceTracker.Core.Classification;

/// <summary>The four stances of the codebook. Stored and printed in lower case.</summary>
public enum Stance
{
    Support,
    Open,
    Neutral,
    Oppose,
}

public static class StanceNames
{
    public static string ToId(this Stance stance) => stance switch
    {
        Stance.Support => "support",
        Stance.Open => "open",
        Stance.Neutral => "neutral",
        Stance.Oppose => "oppose",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    public static bool TryParse(string? text, out Stance stance)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "support": stance = Stance.Support; return true;
            case "open": stance = Stance.Open; return true;
            case "neutral": stance = Stance.Neutral; return true;
            case "oppose": stance = Stance.Oppose; return true;
            default: stance = default; return false;
        }
    }
}
