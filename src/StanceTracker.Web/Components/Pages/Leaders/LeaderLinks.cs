using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Leaders;

/// <summary>Addresses of leader pages: catalogue ids get a clean path, other speakers go by their key.</summary>
public static class LeaderLinks
{
    public static string For(string key, string? actorId) =>
        actorId is { Length: > 0 } id && string.Equals(id, key, StringComparison.Ordinal)
            ? "leaders/" + Uri.EscapeDataString(id)
            : $"leaders/by-key?{QueryNames.Key}=" + Uri.EscapeDataString(key);
}
