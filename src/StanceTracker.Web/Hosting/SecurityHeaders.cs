namespace StanceTracker.Web.Hosting;

/// <summary>
/// Headers on every response, error pages included: no page may be framed by another site (clickjacking the review
/// buttons), and no response is sniffed as another content type than it declares. The one exception is the
/// embeddable views under <see cref="EmbedPath"/>: static, read-only pages with nothing to click that changes data,
/// which any site may frame.
/// </summary>
public static class SecurityHeaders
{
    public const string EmbedPath = "/embed";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            // On starting: the exception handler and status code pages clear headers set earlier.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (context.Request.Path.StartsWithSegments(EmbedPath, StringComparison.OrdinalIgnoreCase) && context.Response.StatusCode < 400)
                {
                    headers.ContentSecurityPolicy = "frame-ancestors *";
                }
                else
                {
                    headers.XFrameOptions = "DENY";
                    headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                }
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
