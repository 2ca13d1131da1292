using System.Diagnostics;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Extraction;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>
/// Reads files, analyses each new article and saves it in its own transaction. Analysis runs in parallel (it is the
/// expensive step once models are involved); saving stays sequential and in input order, because SQLite has one writer.
/// A bad input is refused with its reason and the run goes on; an interrupted run leaves only whole articles behind,
/// so running it again completes it without duplicates.
/// </summary>
public sealed class IngestPipeline(StanceDatabase database, ArticleReaderOptions readerOptions, IArticleAnalyzer analyzer)
{
    private readonly ArticleStore _store = new(database);

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var summary = new IngestSummary();
        var inputs = ArticleReader.Expand(paths);
        foreach (var error in inputs.Errors)
        {
            summary.Refuse(error);
        }
        summary.Skip(inputs.Skipped);
        summary.Files = inputs.Files.Count;

        var reader = new ArticleReader(readerOptions);
        var position = new ReadPosition(0, 0);

        IEnumerable<Outcome> ReadAll()
        {
            long bytesBeforeFile = 0;
            for (var index = 0; index < inputs.Files.Count && !cancellationToken.IsCancellationRequested; index++)
            {
                var file = inputs.Files[index];
                long bytesInFile = 0;
                foreach (var result in reader.ReadFile(file.Path, read => bytesInFile = read))
                {
                    // Duplicates are recognised before analysis so that a rerun over a stored corpus costs only the reading.
                    var duplicate = result.Article is { } article && _store.Contains(article.ContentHash);
                    yield return new Outcome(result, null, duplicate, new ReadPosition(index, bytesBeforeFile + bytesInFile));
                }
                bytesBeforeFile += file.Length;
            }
        }

        // The position travels with each article: PLINQ reads ahead, and progress must count what is stored, not what is read.
        var analysed = ReadAll()
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, MaxDegreeOfParallelism))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(outcome => Analyse(outcome, cancellationToken));

        foreach (var outcome in analysed)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                summary.Cancelled = true;
                break;
            }
            Record(outcome, summary);
            if (summary.DiskFull is not null)
            {
                // Every later article would fail the same way: one message, not one per article.
                break;
            }
            position = outcome.Position;
            progress?.Report(new IngestProgress(
                position.FileIndex, inputs.Files.Count, position.Bytes, inputs.TotalBytes, summary.Read + summary.Refused.Count, inputs.Files[position.FileIndex].Path));
        }

        summary.Cancelled |= cancellationToken.IsCancellationRequested;
        summary.Bytes = summary.Cancelled || summary.DiskFull is not null ? position.Bytes : inputs.TotalBytes;
        summary.Elapsed = clock.Elapsed;
        progress?.Report(new IngestProgress(inputs.Files.Count, inputs.Files.Count, summary.Bytes, inputs.TotalBytes, summary.Read + summary.Refused.Count, null));
        return summary;
    }

    private Outcome Analyse(Outcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Read.Article is not { } article || outcome.Duplicate)
        {
            return outcome;
        }
        try
        {
            return outcome with { Analysed = analyzer.Analyse(article, cancellationToken) };
        }
        catch (ArticleRefusedException e)
        {
            return outcome with { Read = ArticleReadResult.Refused(article.Origin, e.Message) };
        }
        catch (OperationCanceledException)
        {
            // The run stops at the next stored article; this one is simply not stored.
            return outcome with { Read = ArticleReadResult.Refused(article.Origin, "cancelled before it was analysed") };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return outcome with { Read = ArticleReadResult.Refused(article.Origin, $"analysis failed: {e.Message}") };
        }
    }

    private void Record(Outcome outcome, IngestSummary summary)
    {
        if (outcome.Read.Error is { } error)
        {
            summary.Refuse(error);
            return;
        }
        summary.Read++;
        if (outcome.Duplicate || outcome.Analysed is null)
        {
            summary.Duplicates++;
            return;
        }
        try
        {
            var saved = _store.Save(outcome.Analysed);
            if (saved.Status == SaveStatus.Duplicate)
            {
                // The same text twice in one run, or another writer stored it meanwhile.
                summary.Duplicates++;
                return;
            }
            summary.Stored++;
            if (LanguageCheck.NoStatementsNote(outcome.Analysed.Article, outcome.Analysed.Statements.Count) is { } note)
            {
                summary.Note(new ArticleError(outcome.Analysed.Article.Origin, note));
            }
            summary.Statements += saved.Statements;
            summary.Positions += saved.Positions;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (SqliteCodes.IsDiskFull(e, database.Path))
        {
            summary.Read--;
            summary.DiskFull = $"{database.Path}: {e.Message.TrimEnd('.')}";
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ArgumentException)
        {
            summary.Read--;
            summary.Refuse(new ArticleError(outcome.Analysed.Article.Origin, $"not stored: {e.Message}"));
        }
    }

    private sealed record Outcome(ArticleReadResult Read, AnalysedArticle? Analysed, bool Duplicate, ReadPosition Position);

    private readonly record struct ReadPosition(int FileIndex, long Bytes);
}
