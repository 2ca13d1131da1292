namespace StanceTracker.Web.Components.Presentation;

/// <summary>Article URLs come from the articles themselves: only absolute http(s) addresses become links.</summary>
public static class SafeLink
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
