using StanceTracker.Core.Classification;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>
/// Each stance's Okabe-Ito colour, the ink that reads on it and its symbol, for drawings that must look the same
/// outside the page (an exported SVG or PNG has no stylesheet). app.css names the same colours for HTML badges.
/// </summary>
public static class StanceColours
{
    public static string Fill(Stance stance) => stance switch
    {
        Stance.Support => "#0072B2",
        Stance.Open => "#56B4E9",
        Stance.Neutral => "#999999",
        Stance.Oppose => "#D55E00",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    /// <summary>Text on the fill: white where it keeps 4.5:1 contrast, near-black elsewhere.</summary>
    public static string Ink(Stance stance) => stance switch
    {
        Stance.Support => "#ffffff",
        Stance.Open => "#002b44",
        Stance.Neutral => "#111111",
        Stance.Oppose => "#111111",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };

    /// <summary>A symbol per stance, so that it reads without colour vision; null (no statement) is a dot.</summary>
    public static string Symbol(Stance? stance) => stance switch
    {
        Stance.Support => "+",
        Stance.Open => "±",
        Stance.Neutral => "○",
        Stance.Oppose => "−",
        _ => "·",
    };
}
