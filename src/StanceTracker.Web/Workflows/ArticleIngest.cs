using System.Globalization;
using System.Text;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Ingestion;

namespace StanceTracker.Web.Workflows;

/// <summary>A pasted article: the text and what the analyst knows about it.</summary>
public sealed record PastedArticle(string Text, string? Title, DateOnly? Published, string? Source, string? Url);

/// <summary>
/// The dashboard's ingest: the CLI's reader and <see cref="ArticleIngestor"/>, for pasted text and uploaded files.
/// The limits are checked here, on the server, whatever the browser was told. Articles are analysed one at a time,
/// each on a thread of its own (off the circuit and the request threads, so the dashboard stays responsive), and a
/// waiting or running analysis can be cancelled; a cancelled article is never stored.
/// </summary>
public sealed class ArticleIngest(ArticleIngestor ingestor) : IDisposable
{
    public const int MaxFiles = 10;
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The largest SignalR message the dashboard takes: a pasted article arrives in one, as JSON-escaped UTF-8. The
    /// paste box takes up to <see cref="MaxFileBytes"/> characters, at most 3 bytes each in UTF-8 (escaping doubles
    /// only quotes and line breaks), plus room for the message around it.
    /// </summary>
    public const long MaxMessageBytes = 3 * MaxFileBytes + 1024 * 1024;

    private readonly SemaphoreSlim _turn = new(1, 1);

    public void Dispose() => _turn.Dispose();

    public static IReadOnlyList<string> Extensions => ArticleReader.SupportedExtensions;

    /// <summary>Why a file is refused before reading it, or null when it may be read.</summary>
    public static string? CheckFile(string fileName, long size)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        if (!Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return extension.Length == 0
                ? $"has no extension; accepted: {string.Join(", ", Extensions)}"
                : $"type '{extension}' is not accepted; accepted: {string.Join(", ", Extensions)}";
        }
        if (size > MaxFileBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is {size / 1024.0 / 1024.0:0.0} MB; the limit is {MaxFileBytes / 1024 / 1024} MB");
        }
        return size == 0 ? "is empty" : null;
    }

    /// <summary>Reads, analyses and stores a pasted article, its fields given beside the text.</summary>
    public IReadOnlyList<IngestOutcome> Paste(PastedArticle pasted) => PasteAsync(pasted, null, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Paste"/>
    /// <param name="status">Told when the article waits for another analysis and when its own starts.</param>
    public Task<IReadOnlyList<IngestOutcome>> PasteAsync(PastedArticle pasted, IProgress<string>? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        if (string.IsNullOrWhiteSpace(pasted.Text))
        {
            return Task.FromResult<IReadOnlyList<IngestOutcome>>([IngestOutcome.Refused("pasted text", "there is no text to read")]);
        }
        var options = new ArticleReaderOptions { MaxBytes = MaxFileBytes };
        return InTurnAsync("pasted text", () => [new ArticleReader(options).ReadPasted(pasted.Text, pasted.Title, pasted.Published, pasted.Source, pasted.Url, "pasted text")],
            status, cancellationToken);
    }

    /// <summary>Reads, analyses and stores an uploaded file's content, refusing it if it breaks the limits.</summary>
    public IReadOnlyList<IngestOutcome> Upload(string fileName, byte[] content, DateOnly? defaultPublished, string? defaultSource) =>
        UploadAsync(fileName, content, defaultPublished, defaultSource, null, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="Upload"/>
    /// <param name="status">Told when the file waits for another analysis and when its own starts.</param>
    public Task<IReadOnlyList<IngestOutcome>> UploadAsync(
        string fileName, byte[] content, DateOnly? defaultPublished, string? defaultSource, IProgress<string>? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        if (CheckFile(name, content.LongLength) is { } refusal)
        {
            return Task.FromResult<IReadOnlyList<IngestOutcome>>([IngestOutcome.Refused(name, refusal)]);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Task.FromResult<IReadOnlyList<IngestOutcome>>([IngestOutcome.Refused(name, "is not UTF-8 text")]);
        }
        var options = new ArticleReaderOptions
        {
            MaxBytes = MaxFileBytes,
            DefaultPublished = defaultPublished is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            DefaultSource = string.IsNullOrWhiteSpace(defaultSource) ? null : defaultSource.Trim(),
        };
        return InTurnAsync(name, () => new ArticleReader(options).ReadText(text.TrimStart('\uFEFF'), name, "upload:" + name), status, cancellationToken);
    }

    /// <summary>
    /// Waits for the analyser's turn, then reads, analyses and stores on a thread of its own. A cancel returns at
    /// once; the work still running stops at its next check and keeps the turn until it has, so analyses never overlap.
    /// </summary>
    private async Task<IReadOnlyList<IngestOutcome>> InTurnAsync(
        string origin, Func<IEnumerable<ArticleReadResult>> read, IProgress<string>? status, CancellationToken cancellationToken)
    {
        if (!_turn.Wait(0, CancellationToken.None))
        {
            status?.Report("Waiting for another article to finish analysing (one is analysed at a time)");
            try
            {
                await _turn.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return [IngestOutcome.Cancelled(origin)];
            }
        }
        status?.Report("Reading and analysing");
        var work = Task.Factory.StartNew(() => Ingest(read(), cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _ = work.ContinueWith(_ => _turn.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await work.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return [IngestOutcome.Cancelled(origin)];
        }
    }

    private List<IngestOutcome> Ingest(IEnumerable<ArticleReadResult> results, CancellationToken cancellationToken)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var result in results)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(ingestor.Ingest(result, cancellationToken));
        }
        return outcomes;
    }
}
