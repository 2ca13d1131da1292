namespace StanceTracker.Web.Components.Presentation;

/// <summary>
/// What a statement's source line says about where its words come from. The demo articles in data/corpus were written
/// by the team about real events (data/corpus/README.md): their wording is never a news outlet's, so they say so, and
/// where the real record of the event is known they link to it.
/// </summary>
public static class SourceAttribution
{
    /// <summary>The <c>source</c> every demo article carries.</summary>
    public const string DemoDesk = "StanceTracker demo desk";

    public const string TeamWrittenLabel = "team-written summary";

    public static bool IsTeamWritten(string? source) => string.Equals(source?.Trim(), DemoDesk, StringComparison.OrdinalIgnoreCase);

    /// <summary>The site a link goes to, to name it in words ("en.kremlin.ru").</summary>
    public static string Host(string href) => Uri.TryCreate(href, UriKind.Absolute, out var uri) ? uri.Host : href;
}
