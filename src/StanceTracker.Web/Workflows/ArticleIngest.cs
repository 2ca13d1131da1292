using System.Globalization;
using System.Text;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Extraction;
using StanceTracker.Data;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Workflows;

/// <summary>What became of one pasted text or uploaded file (several outcomes when a file holds several articles).</summary>
public sealed record IngestOutcome(string Origin, string? Title, long? ArticleId, bool Duplicate, int Statements, int Positions, string? Refusal)
{
    public bool Stored => ArticleId is not null && !Duplicate && Refusal is null;

    public static IngestOutcome Refused(string origin, string reason) => new(origin, null, null, false, 0, 0, reason);
}

/// <summary>A pasted article: the text and what the analyst knows about it.</summary>
public sealed record PastedArticle(string Text, string? Title, DateOnly? Published, string? Source, string? Url);

/// <summary>
/// The dashboard's ingest: the same reader, analyser and store as the CLI, for pasted text and uploaded files.
/// The limits are checked here, on the server, whatever the browser was told.
/// </summary>
public sealed class ArticleIngest(StanceDatabase database, IArticleAnalyzer analyzer)
{
    public ArticleIngest(StanceDatabase database)
        : this(database, DatabaseSetup.CreateAnalyzer())
    {
    }

    public const int MaxFiles = 10;
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private readonly ArticleStore _store = new(database);
    private readonly IArticleAnalyzer _analyzer = analyzer;

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

    /// <summary>Reads, analyses and stores a pasted article. The fields become front matter, one line each.</summary>
    public IReadOnlyList<IngestOutcome> Paste(PastedArticle pasted)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        if (string.IsNullOrWhiteSpace(pasted.Text))
        {
            return [IngestOutcome.Refused("pasted text", "there is no text to read")];
        }
        var document = new StringBuilder("---\n");
        AddField(document, "title", pasted.Title);
        AddField(document, "published", pasted.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddField(document, "source", pasted.Source);
        AddField(document, "url", pasted.Url);
        document.Append("---\n").Append(pasted.Text);
        var options = new ArticleReaderOptions { MaxBytes = MaxFileBytes };
        return Ingest(new ArticleReader(options).ReadText(document.ToString(), "pasted.md", "pasted text"));
    }

    public Task<IReadOnlyList<IngestOutcome>> PasteAsync(PastedArticle pasted, IProgress<string>? status, CancellationToken cancellationToken) =>
        Task.Run(() => Paste(pasted), cancellationToken);

    /// <summary>Reads, analyses and stores an uploaded file's content, refusing it if it breaks the limits.</summary>
    public IReadOnlyList<IngestOutcome> Upload(string fileName, byte[] content, DateOnly? defaultPublished, string? defaultSource)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        if (CheckFile(name, content.LongLength) is { } refusal)
        {
            return [IngestOutcome.Refused(name, refusal)];
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return [IngestOutcome.Refused(name, "is not UTF-8 text")];
        }
        var options = new ArticleReaderOptions
        {
            MaxBytes = MaxFileBytes,
            DefaultPublished = defaultPublished is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            DefaultSource = string.IsNullOrWhiteSpace(defaultSource) ? null : defaultSource.Trim(),
        };
        return Ingest(new ArticleReader(options).ReadText(text.TrimStart('\uFEFF'), name, "upload:" + name));
    }

    private List<IngestOutcome> Ingest(IEnumerable<ArticleReadResult> results)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                outcomes.Add(IngestOutcome.Refused(error.Origin, error.Reason));
                continue;
            }
            var article = result.Article!;
            try
            {
                var saved = _store.Save(_analyzer.Analyse(article));
                outcomes.Add(new IngestOutcome(article.Origin, article.Title, saved.ArticleId, saved.Status == SaveStatus.Duplicate, saved.Statements, saved.Positions, null));
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ArgumentException)
            {
                outcomes.Add(IngestOutcome.Refused(article.Origin, $"not stored: {e.Message}"));
            }
        }
        return outcomes;
    }

    // A line break in a field would end the front matter early and let the rest of the field become fields or body.
    private static void AddField(StringBuilder document, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            var line = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            document.Append(key).Append(": ").Append(line).Append('\n');
        }
    }
}
