using StanceTracker.Core;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>How a view is cited and embedded, worded once for the matrix, the timeline and their embeddable views.</summary>
public static class Citation
{
    /// <summary>One line naming the view, the date its data reaches, the day it was read and the address that reopens it.</summary>
    public static string Line(string title, DateOnly asOf, DateOnly retrieved, string address) =>
        $"StanceTracker, “{title}”, positions as of {IsoDate.Format(asOf)}, retrieved {IsoDate.Format(retrieved)}, {address}";

    /// <summary>The HTML another site pastes to show a read-only view; the page shows it as text, never as markup.</summary>
    public static string EmbedCode(string embedAddress, string title, int height) =>
        $"<iframe src=\"{Attribute(embedAddress)}\" title=\"{Attribute(title)}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>";

    private static string Attribute(string value) => System.Net.WebUtility.HtmlEncode(value);
}
