using System.Net.Http.Headers;
using System.Text.Json;
using StanceTracker.Data.Contracts;

namespace StanceTracker.Data.Alerts;

/// <summary>
/// Alerts by webhook: one POST of <see cref="WebhookPayload"/> as JSON; any 2xx answer is delivered. Redirects are not
/// followed (the address was checked, its target was not), and the answer's body is never read.
/// </summary>
public sealed class WebhookAlertSender(HttpClient http) : IAlertSender
{
    public const string UserAgent = "StanceTracker-Alerts/1";

    public AlertChannel Channel => AlertChannel.Webhook;

    /// <summary>A client that does not follow redirects; its own timeout is a backstop behind the per-send one.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseProxy = false,
    })
    {
        Timeout = TimeSpan.FromMinutes(1),
    };

    public async Task SendAsync(AlertMessage message, AlertSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayload.From(message), ContractJson.Compact);
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Follow.Address) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd(UserAgent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.SendTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AlertSendException($"no answer within {settings.SendTimeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new AlertSendException(e.Message, e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                throw new AlertSendException(code is >= 300 and < 400
                    ? $"the receiver answered {code} (redirects are not followed)"
                    : $"the receiver answered {code} {AlertRules.Shown(response.ReasonPhrase ?? "")}".TrimEnd());
            }
        }
    }
}
