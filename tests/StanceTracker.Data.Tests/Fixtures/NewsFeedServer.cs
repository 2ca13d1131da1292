using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>A request the server saw, with the conditional headers it carried and the test clock's time.</summary>
public sealed record ServedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent, DateTimeOffset At, int Status);

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 and a free port, serving what each test puts at each path: feeds with
/// ETag and Last-Modified (answering 304 to a request that sends them back), pages, robots.txt, and the ways a source
/// fails (an error status, an answer that never comes, malformed XML, a body far over any limit). Every request is
/// logged. Never the internet: the poller's tests talk only to this.
/// </summary>
public sealed class NewsFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ServedRequest> _log = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<DateTimeOffset> _clock;

    private NewsFeedServer(WebApplication app, Func<DateTimeOffset> clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <param name="clock">Stamps the log (the poller's test clock, so its waits show between requests).</param>
    public static async Task<NewsFeedServer> StartAsync(Func<DateTimeOffset>? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new NewsFeedServer(app, clock ?? (() => DateTimeOffset.UtcNow));
        app.Run(server.ServeAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    public Uri Address { get; private set; } = default!;

    public IReadOnlyList<ServedRequest> Requests => [.. _log];

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public IReadOnlyList<ServedRequest> RequestsFor(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>A feed with validators; a request sending them back gets 304 unless <paramref name="honourConditional"/> is false.</summary>
    public void Feed(string path, string xml, string etag, DateTimeOffset lastModified, bool honourConditional = true)
    {
        var modified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        _routes[path] = async context =>
        {
            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = modified;
            if (honourConditional && (context.Request.Headers.IfNoneMatch == etag || context.Request.Headers.IfModifiedSince == modified))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            await Write(context, "application/rss+xml; charset=utf-8", xml);
        };
    }

    public void Page(string path, string html) => _routes[path] = context => Write(context, "text/html; charset=utf-8", html);

    public void Text(string path, string contentType, string body) => _routes[path] = context => Write(context, contentType, body);

    public void Robots(string text) => Text("/robots.txt", "text/plain", text);

    public void Status(string path, int status) => _routes[path] = context =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync("Something went wrong on our side.");
    };

    /// <summary>Answers nothing until the client gives up (or the server stops).</summary>
    public void Hang(string path) => _routes[path] = async context =>
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client timed out and hung up: what the test wanted.
        }
    };

    /// <summary>A body of <paramref name="bytes"/> sent in chunks with no declared length, as a runaway generator sends it.</summary>
    public void Huge(string path, long bytes) => _routes[path] = async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client stopped reading at its limit and hung up.
        }
    };

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var at = _clock();
        if (_routes.TryGetValue(path, out var serve))
        {
            await serve(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        _log.Enqueue(new ServedRequest(
            path,
            context.Request.Headers.IfNoneMatch.FirstOrDefault(),
            context.Request.Headers.IfModifiedSince.FirstOrDefault(),
            context.Request.Headers.UserAgent.FirstOrDefault(),
            at,
            context.Response.StatusCode));
    }

    private static Task Write(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
