using System.Globalization;
using StanceTracker.Core.Articles;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Storage;

namespace StanceTracker.Data.Sources;

/// <summary>
/// Polls the news sources that are due, one at a time: a feed is fetched (conditionally, within its size and time
/// limits, as robots.txt allows) and each new item stored through the <see cref="ArticleIngestor"/>, an item carrying
/// only a summary with its page read by the HTML reader; a watch folder's new and changed files are read as
/// <c>ingest</c> reads them. Each poll's outcome goes on the source's status line, a failure pushing the next poll
/// back, and no source's failure stops the others.
/// </summary>
public sealed class SourcePoller : IDisposable
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private const int MaxErrorLength = 500;

    private readonly INewsSourceStore _store;
    private readonly ArticleIngestor _ingestor;
    private readonly FeedHttp _http;
    private readonly SourcePollerOptions _options;
    private readonly TimeProvider _time;
    private readonly HostPoliteness _hosts;

    // One poll at a time in this process: the watch loop and a page's request never fetch the same host at once.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public SourcePoller(INewsSourceStore store, ArticleIngestor ingestor, FeedHttp http, SourcePollerOptions options, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _ingestor = ingestor ?? throw new ArgumentNullException(nameof(ingestor));
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _hosts = new HostPoliteness(http, options, time);
    }

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>When the next source is due, or null when there are none.</summary>
    public DateTimeOffset? NextDue() => _store.List().Select(s => (DateTimeOffset?)s.NextPollAt).Min();

    /// <summary>Polls every source due now, longest overdue first; <paramref name="polled"/> hears of each as it ends.</summary>
    /// <exception cref="OperationCanceledException">Cancelled: the source being polled keeps what it stored, and stays due.</exception>
    public async Task<IReadOnlyList<SourcePollResult>> PollDueAsync(Action<SourcePollResult>? polled = null, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var results = new List<SourcePollResult>();
            foreach (var source in _store.Due(_time.GetUtcNow()))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Held for the longest a poll can last, its last request and the writing of its outcome included: another
                // poller on the same store skips it meanwhile, and takes it up if this one dies.
                var claimedUntil = _time.GetUtcNow() + _options.PollBudget + _options.RequestTimeout + TimeSpan.FromMinutes(1);
                if (!_store.TryClaim(source, claimedUntil))
                {
                    continue;
                }
                SourcePollResult result;
                try
                {
                    result = await PollAsync(source, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _store.Release(source, claimedUntil);
                    throw;
                }
                results.Add(result);
                polled?.Invoke(result);
            }
            return results;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Polls the due sources until cancelled (or once, with <paramref name="once"/>), then waits for the next one due,
    /// looking again at least every <paramref name="recheck"/> (default a minute) for sources added meanwhile.
    /// </summary>
    public async Task WatchAsync(Action<SourcePollResult>? polled, bool once, CancellationToken cancellationToken, TimeSpan? recheck = null)
    {
        var longest = recheck ?? TimeSpan.FromMinutes(1);
        while (true)
        {
            await PollDueAsync(polled, cancellationToken).ConfigureAwait(false);
            if (once)
            {
                return;
            }
            var now = _time.GetUtcNow();
            var wait = NextDue() is { } due && due - now < longest ? due - now : longest;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SourcePollResult> PollAsync(NewsSource source, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow();
        var tally = new PollTally(started + _options.PollBudget, source.ETag, source.LastModified);
        string? error;
        try
        {
            error = source.Kind == NewsSourceKind.Feed
                ? await PollFeedAsync(source, tally, cancellationToken).ConfigureAwait(false)
                : PollFolder(source, tally, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StorageFullException))
        {
            // A bug that one source's content found: that source fails with the message, the others are polled.
            error = $"the poll failed: {e.Message}";
        }
        var failures = error is null ? 0 : source.ConsecutiveFailures + 1;
        var record = new PollRecord(
            started, Shorten(error), tally.ETag, tally.LastModified, tally.Added, failures,
            NewsSourceRules.NextPoll(_time.GetUtcNow(), source.Interval, failures));
        _store.RecordPoll(source.Id, record);
        return tally.Result(source, record);
    }

    /// <returns>Why the poll failed, or null.</returns>
    private async Task<string?> PollFeedAsync(NewsSource source, PollTally tally, CancellationToken cancellationToken)
    {
        var address = new Uri(source.Location);
        if (await _hosts.RefusalAsync(address, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }
        await _hosts.WaitTurnAsync(address, cancellationToken).ConfigureAwait(false);
        var answer = await _http.GetAsync(address, FeedAccept, source.ETag, source.LastModified, cancellationToken).ConfigureAwait(false);
        if (answer.NotModified)
        {
            tally.NotModified = true;
            return null;
        }
        if (answer.Body is not { } body)
        {
            return answer.Error;
        }

        var reader = new ArticleReader(new ArticleReaderOptions { MaxBytes = _options.MaxResponseBytes });
        var items = reader.ReadBytes(body, "feed.xml", source.Location).ToList();
        // A refusal naming the feed itself, not one of its items (#n), is the whole feed's: malformed, or not a feed.
        if (items is [{ Error: { } whole }] && whole.Origin == source.Location)
        {
            return $"{whole.Reason} (not read as a feed)";
        }
        tally.Read = items.Count;
        var seen = _store.Seen(source.Id);
        var complete = true;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Error is { } itemError)
            {
                tally.Refuse(itemError.ToString());
                continue;
            }
            var article = item.Article!;
            var key = article.Url ?? "text:" + article.ContentHash;
            if (seen.ContainsKey(key))
            {
                tally.Unchanged++;
                continue;
            }
            if (StopReason(tally) is { } stop)
            {
                tally.Stopped = stop;
                complete = false;
                break;
            }
            if (article.Body.Length < _options.SummaryCharacters)
            {
                article = await FullTextAsync(article, tally, cancellationToken).ConfigureAwait(false);
            }
            var outcome = _ingestor.Ingest(ArticleReadResult.Ok(article), cancellationToken);
            if (outcome.DiskFull)
            {
                return outcome.Refusal;
            }
            tally.Count(outcome);
            _store.MarkSeen(source.Id, [new SeenItem(key, "")], _time.GetUtcNow());
        }
        if (complete)
        {
            tally.Validators(answer.ETag, answer.LastModified);
        }
        return null;
    }

    private string? StopReason(PollTally tally) =>
        _time.GetUtcNow() > tally.Deadline
            ? string.Create(CultureInfo.InvariantCulture, $"the poll's {_options.PollBudget.TotalMinutes:0.#} min budget ran out; the items left are read at the next poll")
            : tally.PagesFetched >= _options.MaxPagesPerPoll
                ? $"{_options.MaxPagesPerPoll} article pages fetched, the most one poll fetches; the items left are read at the next poll"
                : null;

    /// <summary>
    /// The item's page read with the HTML reader, when robots.txt allows it and it reads as a longer article than the
    /// summary; else the summary itself, with the reason among the poll's problems.
    /// </summary>
    private async Task<Article> FullTextAsync(Article summary, PollTally tally, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(summary.Url, UriKind.Absolute, out var page) || page.Scheme is not ("http" or "https"))
        {
            return summary;
        }
        if (await _hosts.RefusalAsync(page, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            tally.SummariesKept++;
            tally.Problem($"{page}: page not fetched, {refusal}; the summary was kept");
            return summary;
        }
        await _hosts.WaitTurnAsync(page, cancellationToken).ConfigureAwait(false);
        var answer = await _http.GetAsync(page, PageAccept, null, null, cancellationToken).ConfigureAwait(false);
        tally.PagesFetched++;
        if (answer.Body is not { } body)
        {
            tally.SummariesKept++;
            tally.Problem($"{page}: {answer.Error}; the summary was kept");
            return summary;
        }
        var reader = new ArticleReader(new ArticleReaderOptions
        {
            MaxBytes = _options.MaxResponseBytes,
            DefaultPublished = summary.Published,
            DefaultSource = summary.Source,
        });
        var read = reader.ReadBytes(body, "page.html", page.AbsoluteUri).FirstOrDefault();
        if (read.Article is { } full && full.Body.Length > summary.Body.Length)
        {
            return full with { Url = full.Url ?? summary.Url, Source = full.Source ?? summary.Source, Author = full.Author ?? summary.Author };
        }
        tally.SummariesKept++;
        tally.Problem($"{page}: {read.Error?.Reason ?? "the page held no more text than the summary"}; the summary was kept");
        return summary;
    }

    /// <returns>Why the poll failed, or null.</returns>
    private string? PollFolder(NewsSource source, PollTally tally, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(source.Location))
        {
            return $"the folder {source.Location} no longer exists or cannot be reached";
        }
        var inputs = ArticleReader.Expand([source.Location]);
        foreach (var error in inputs.Errors)
        {
            tally.Refuse(error.ToString());
        }
        var seen = _store.Seen(source.Id);
        var reader = new ArticleReader(new ArticleReaderOptions());
        foreach (var file in inputs.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = "file:" + Path.GetRelativePath(source.Location, file.Path);
            var fingerprint = Fingerprint(file.Path);
            if (seen.TryGetValue(key, out var known) && known == fingerprint)
            {
                tally.Unchanged++;
                continue;
            }
            if (_time.GetUtcNow() > tally.Deadline)
            {
                tally.Stopped = string.Create(CultureInfo.InvariantCulture, $"the poll's {_options.PollBudget.TotalMinutes:0.#} min budget ran out; the files left are read at the next poll");
                break;
            }
            tally.Read++;
            foreach (var result in reader.ReadFile(file.Path))
            {
                var outcome = _ingestor.Ingest(result, cancellationToken);
                if (outcome.DiskFull)
                {
                    return outcome.Refusal;
                }
                tally.Count(outcome);
            }
            _store.MarkSeen(source.Id, [new SeenItem(key, fingerprint)], _time.GetUtcNow());
        }
        return null;
    }

    /// <summary>What tells a changed file from the one read: its length and last write time.</summary>
    private static string Fingerprint(string path)
    {
        var info = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{info.Length}:{info.LastWriteTimeUtc.Ticks}");
    }

    private static string? Shorten(string? error)
    {
        var line = error is null ? null : string.Join(' ', error.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line is { Length: > MaxErrorLength } ? line[..(MaxErrorLength - 1)] + "…" : line;
    }
}
