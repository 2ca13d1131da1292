using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace StanceTracker.Data.Sources;

/// <summary>What one GET came to: a body within the limit, "not modified", or the reason it failed.</summary>
/// <param name="Status">The HTTP status, or null when no answer came.</param>
public sealed record FetchResult(HttpStatusCode? Status, byte[]? Body, string? ETag, string? LastModified, string? Error)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    public static FetchResult Failed(HttpStatusCode? status, string error) => new(status, null, null, null, error);
}

/// <summary>
/// The one HTTP client of news polling, over one shared handler for the host's lifetime: it names StanceTracker in its
/// User-Agent, sends the validators of the last answer, and bounds every request in time and size. A body is read
/// through a byte limit, so an oversized answer costs at most the limit, whatever it declares.
/// </summary>
public sealed class FeedHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly SourcePollerOptions _options;

    public FeedHttp(SourcePollerOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.RequestTimeout,
            // Connections are renewed now and then, so a feed host's changed address is noticed.
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", SourcePollerOptions.UserAgent);
    }

    /// <param name="accept">The Accept header: feeds and pages ask for their own types.</param>
    /// <param name="maxBytes">Null: <see cref="SourcePollerOptions.MaxResponseBytes"/>.</param>
    public async Task<FetchResult> GetAsync(Uri address, string accept, string? etag, string? lastModified, CancellationToken cancellationToken, long? maxBytes = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var limit = maxBytes ?? _options.MaxResponseBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (!string.IsNullOrEmpty(etag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (!string.IsNullOrEmpty(lastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(HttpStatusCode.NotModified, null, etag, lastModified, null);
            }
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed(response.StatusCode, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }
            if (response.Content.Headers.ContentLength is { } declared && declared > limit)
            {
                return FetchResult.Failed(response.StatusCode, $"the answer is {Size(declared)}, over the {Size(limit)} limit; it was not read");
            }
            var body = await ReadLimitedAsync(response.Content, limit, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                return FetchResult.Failed(response.StatusCode, $"the answer passed the {Size(limit)} limit; the rest was not read");
            }
            return new FetchResult(response.StatusCode, body, Validator(response.Headers.ETag), LastModifiedOf(response.Content.Headers), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(null, string.Create(CultureInfo.InvariantCulture, $"no complete answer within {_options.RequestTimeout.TotalSeconds:0} s (timed out)"));
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed(null, $"could not reach {address.Authority}: {e.Message}");
        }
        catch (IOException e)
        {
            return FetchResult.Failed(null, $"the connection to {address.Authority} broke: {e.Message}");
        }
    }

    /// <summary>The body, or null once it passes <paramref name="limit"/>: at most the limit and one buffer are ever held.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }
            body.Write(buffer, 0, read);
        }
        return body.ToArray();
    }

    private static string? Validator(EntityTagHeaderValue? etag) => etag?.ToString();

    private static string? LastModifiedOf(HttpContentHeaders headers) =>
        headers.LastModified is { } modified ? modified.ToString("R", CultureInfo.InvariantCulture) : null;

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    public void Dispose() => _client.Dispose();
}
