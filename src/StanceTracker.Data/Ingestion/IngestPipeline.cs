using System.Diagnostics;
using StanceTracker.Core.Analysis;
using StanceTracker.Core.Articles;

namespace StanceTracker.Data.Ingestion;

/// <summary>
/// Reads files and puts each new article through the <see cref="ArticleIngestor"/>. Analysis runs in parallel (it is
/// the expensive step once models are involved); saving stays sequential and in input order, because SQLite has one
/// writer. A bad input is refused with its reason and the run goes on; an interrupted run leaves only whole articles
/// behind, so running it again completes it without duplicates.
/// </summary>
public sealed class IngestPipeline(ArticleIngestor ingestor, ArticleReaderOptions readerOptions)
{
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var inputs = ArticleReader.Expand(paths);
        var summary = IngestSummary.Of(inputs);

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
                    var duplicate = result.Article is { } article && ingestor.StoredAs(article) is not null;
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
        var (analysed, refusal) = ingestor.Analyse(article, cancellationToken);
        return refusal is null
            ? outcome with { Analysed = analysed }
            : outcome with { Read = ArticleReadResult.Refused(refusal.Origin, refusal.Refusal!) };
    }

    private void Record(Outcome outcome, IngestSummary summary)
    {
        if (outcome.Read.Error is { } error)
        {
            summary.Refuse(error);
            return;
        }
        if (outcome.Duplicate || outcome.Analysed is null)
        {
            summary.Read++;
            summary.Duplicates++;
            return;
        }
        var stored = ingestor.Store(outcome.Analysed);
        if (stored.DiskFull)
        {
            summary.DiskFull = stored.Refusal;
            return;
        }
        if (stored.Refusal is { } reason)
        {
            summary.Refuse(new ArticleError(stored.Origin, reason));
            return;
        }
        summary.Read++;
        if (stored.Duplicate)
        {
            summary.Duplicates++;
            return;
        }
        summary.Stored++;
        if (stored.Note is { } note)
        {
            summary.Note(new ArticleError(stored.Origin, note));
        }
        summary.Statements += stored.Statements;
        summary.Positions += stored.Positions;
        summary.WireCopies += stored.WireCopies;
        summary.WireCopyArticles += stored.OnlyWireCopies ? 1 : 0;
    }

    private sealed record Outcome(ArticleReadResult Read, AnalysedArticle? Analysed, bool Duplicate, ReadPosition Position);

    private readonly record struct ReadPosition(int FileIndex, long Bytes);
}
