using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace StanceTracker.Data.Tests.Alerts;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that records every request's body and answers with the status codes
/// it is told, in turn (the last one for every request after).
/// </summary>
internal sealed class HttpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly Task _serving;
    private int _lastAnswer = 204;

    public HttpReceiver(params int[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }
        Url = $"http://127.0.0.1:{SmtpSink.FreePort()}/hooks/stance/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<(string Method, string ContentType, string Body, int Answered)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var answer = _answers.TryDequeue(out var next) ? _lastAnswer = next : _lastAnswer;
            Requests.Enqueue((context.Request.HttpMethod, context.Request.ContentType ?? "", body, answer));
            context.Response.StatusCode = answer;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
