using StanceTracker.Core.Classification;
namespace StanceTracker.Web.Components.Presentation;

/// <summary>
/// Stances on a number line for charts: oppose −2, neutral 0, open +1, support +2. Open sits between neutral and
/// support because the proposition is entertained, not endorsed; −1 is left empty so opposition stands apart.
/// </summary>
public static class StanceScale
{
    public const int Min = -2;
    public const int Max = 2;

    public static int Value(Stance stance) => stance switch
    {
        Stance.Oppose => -2,
        Stance.Neutral => 0,
        Stance.Open => 1,
        Stance.Support => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    /// <summary>The label of a tick on the scale; empty where no stance sits.</summary>
    public static string Label(int value) => value switch
    {
        -2 => "oppose",
        0 => "neutral",
        1 => "open",
        2 => "support",
        _ => "",
    };
}
