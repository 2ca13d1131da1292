using System.Data.Common;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>What became of one article read from a file, an upload or a paste.</summary>
/// <param name="Note">Something worth telling about a stored article (no statements because it is not in English).</param>
/// <param name="DiskFull">Not stored because the disk is full: every later article would fail the same way.</param>
/// <param name="WireCopies">Statements of a stored article recognised as wire copies of stored ones (stored once, this article a further source).</param>
public sealed record IngestOutcome(
    string Origin, string? Title, long? ArticleId, bool Duplicate, int Statements, int Positions, string? Refusal, string? Note = null, bool DiskFull = false,
    int WireCopies = 0)
{
    /// <summary>A stored article that brought no statement of its own: every one was a copy of a stored statement.</summary>
    public bool OnlyWireCopies => Stored && WireCopies > 0 && Statements == 0;

    public bool Stored => ArticleId is not null && !Duplicate && Refusal is null;

    public static IngestOutcome Refused(string origin, string reason) => new(origin, null, null, false, 0, 0, reason);

    public static IngestOutcome Cancelled(string origin) =>
        Refused(origin, "cancelled: nothing more was added (articles stored before the cancel stay stored)");

    public static IngestOutcome AlreadyStored(Article article, long? articleId) =>
        new(article.Origin, article.Title, articleId, true, 0, 0, null);
}

/// <summary>
/// The one way an article gets into the store, for the CLI's batch ingest and the dashboard's uploads and pastes alike:
/// recognise a stored article before analysing it, analyse, save in one transaction, and turn every failure into a
/// refusal naming the article. Analysis may run on several threads at once; saving belongs to one writer at a time.
/// </summary>
public sealed class ArticleIngestor(IArticleStore store, IArticleAnalyzer analyzer)
{
    private readonly IArticleStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly IArticleAnalyzer _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    /// <summary>The stored article with the same text, if any: a rerun over a stored corpus then costs only the reading.</summary>
    public long? StoredAs(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _store.Find(article.ContentHash);
    }

    /// <summary>The analysed article, or the refusal that says why it could not be analysed. Thread-safe.</summary>
    public (AnalysedArticle? Analysed, IngestOutcome? Refusal) Analyse(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return (_analyzer.Analyse(article, cancellationToken), null);
        }
        catch (ArticleRefusedException e)
        {
            return (null, IngestOutcome.Refused(article.Origin, e.Message));
        }
        catch (OperationCanceledException)
        {
            return (null, IngestOutcome.Refused(article.Origin, "cancelled before it was analysed"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, IngestOutcome.Refused(article.Origin, $"analysis failed: {e.Message}"));
        }
    }

    /// <summary>Saves the analysed article in its own transaction: all of it, or nothing and a refusal.</summary>
    public IngestOutcome Store(AnalysedArticle analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var article = analysed.Article;
        try
        {
            var saved = _store.Save(analysed);
            return saved.Status == SaveStatus.Duplicate
                // The same text twice in one run, or another writer stored it meanwhile.
                ? IngestOutcome.AlreadyStored(article, saved.ArticleId)
                : new IngestOutcome(article.Origin, article.Title, saved.ArticleId, false, saved.Statements, saved.Positions, null,
                    LanguageCheck.NoStatementsNote(article, analysed.Statements.Count), WireCopies: saved.WireCopies);
        }
        catch (StorageFullException e)
        {
            return IngestOutcome.Refused(article.Origin, e.Message) with { DiskFull = true };
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException)
        {
            return IngestOutcome.Refused(article.Origin, $"not stored: {e.Message}");
        }
    }

    /// <summary>Reads one result through: a reader's refusal, an article already stored, or analysed and saved.</summary>
    public IngestOutcome Ingest(ArticleReadResult read, CancellationToken cancellationToken)
    {
        if (read.Error is { } error)
        {
            return IngestOutcome.Refused(error.Origin, error.Reason);
        }
        var article = read.Article!;
        if (StoredAs(article) is { } storedId)
        {
            return IngestOutcome.AlreadyStored(article, storedId);
        }
        var (analysed, refusal) = Analyse(article, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        // Checked again: a cancel that came during the analysis means the article is not wanted.
        cancellationToken.ThrowIfCancellationRequested();
        return Store(analysed!);
    }
}
