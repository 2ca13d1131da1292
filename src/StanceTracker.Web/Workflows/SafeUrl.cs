namespace StanceTracker.Web.Workflows;

/// <summary>Article URLs come from untrusted input: only absolute http(s) addresses become links.</summary>
public static class SafeUrl
{
    public static string? ForLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
