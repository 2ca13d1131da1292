using System.Diagnostics;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Ingestion;

/// <summary>
/// <c>ingest --queue</c>: reads articles as <see cref="IngestPipeline"/> does, but leaves the analysis to workers. A
/// refused input is listed with its reason and the run goes on; a queued batch is whole or absent.
/// </summary>
public sealed class ArticleEnqueuer(IArticleStore store, IArticleQueueStore queue, ArticleReaderOptions readerOptions)
{
    /// <summary>
    /// Reads the files and queues their new articles for <see cref="QueueWorker"/>s to analyse:
    /// <see cref="IngestSummary.Stored"/> counts the articles queued, <see cref="IngestSummary.Duplicates"/> those
    /// stored or queued already.
    /// </summary>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var inputs = ArticleReader.Expand(paths);
        var summary = IngestSummary.Of(inputs);
        var reader = new ArticleReader(readerOptions);
        var pending = new List<Article>(EnqueueBatch);
        long bytesBeforeFile = 0;

        void Flush()
        {
            if (pending.Count > 0)
            {
                var added = queue.Enqueue(pending);
                summary.Stored += added.Queued;
                summary.Duplicates += added.AlreadyQueued;
                pending.Clear();
            }
        }

        for (var index = 0; index < inputs.Files.Count && !cancellationToken.IsCancellationRequested; index++)
        {
            var file = inputs.Files[index];
            foreach (var result in reader.ReadFile(file.Path))
            {
                if (result.Error is { } error)
                {
                    summary.Refuse(error);
                    continue;
                }
                summary.Read++;
                if (store.Find(result.Article!.ContentHash) is not null)
                {
                    summary.Duplicates++;
                    continue;
                }
                pending.Add(result.Article!);
                if (pending.Count == EnqueueBatch)
                {
                    Flush();
                }
            }
            bytesBeforeFile += file.Length;
            progress?.Report(new IngestProgress(index + 1, inputs.Files.Count, bytesBeforeFile, inputs.TotalBytes, summary.Read + summary.Refused.Count, file.Path));
        }
        Flush();
        summary.Cancelled = cancellationToken.IsCancellationRequested;
        summary.Bytes = bytesBeforeFile;
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    // Articles go into the queue a few hundred to a transaction: one per article would spend the run on commits.
    private const int EnqueueBatch = 200;
}
