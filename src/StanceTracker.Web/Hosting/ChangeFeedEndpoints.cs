using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Hosting;

/// <summary>The "what changed" page as an Atom feed, at <c>/changes.atom</c> with the page's own address parameters.</summary>
public static class ChangeFeedEndpoints
{
    public const string Path = "/changes.atom";

    public static IEndpointRouteBuilder MapChangeFeed(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Path, Feed);
        return endpoints;
    }

    private static IResult Feed([AsParameters] ChangesRequest request, ChangeFeed feed, HttpRequest http)
    {
        var errors = new List<string>();
        var filter = feed.Read(request, errors);
        if (errors.Count > 0)
        {
            return Results.Text(string.Join("; ", errors) + ".", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var site = new Uri($"{http.Scheme}://{http.Host}{http.PathBase}/");
        return Results.Bytes(AtomFeed.ToBytes(AtomFeed.Build(feed.Find(filter, pageSize: ChangeFeed.FeedSize), site, http.QueryString.Value)), AtomFeed.ContentType);
    }
}
