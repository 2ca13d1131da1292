using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Ingestion;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Ingest;

/// <summary>
/// Paste or upload articles and see what the pipeline made of them. The limits (count, size, type) are enforced
/// here on the server; the picker's settings only spare the analyst a wasted upload. So is who may add articles:
/// every paste and upload asks <see cref="DashboardUser"/> first.
/// </summary>
[Authorize(Policy = DashboardAuth.IngestPolicy)]
public sealed partial class IngestPage : IDisposable
{
    // The picker may hand over more files than are accepted, so the extra ones can be named in the refusal.
    private const int UploadPickLimit = 100;

    [Inject] private ArticleIngest Ingest { get; set; } = default!;

    [Inject] private IStatementListQuery Statements { get; set; } = default!;

    [Inject] private DashboardUser User { get; set; } = default!;

    private readonly List<IngestOutcome> _outcomes = [];
    private readonly Dictionary<long, IReadOnlyList<StatementRow>> _statements = [];
    private string? _title;
    private DateTime? _published = DateTime.UtcNow.Date;
    private string? _source;
    private string? _url;
    private string? _text;
    private DateTime? _defaultPublished;
    private string? _defaultSource;
    private bool _busy;
    private int _progress;
    private string? _progressText;
    private string? _pasteError;
    private CancellationTokenSource? _cancel;

    /// <summary>Why this user may not add articles here (read-only, or a role below admin), or null.</summary>
    private string? _refusal;

    protected override async Task OnInitializedAsync() => _refusal = await User.RefusalAsync(DashboardAction.Ingest);

    public void Dispose()
    {
        // Leaving the page abandons what it started: the analysis stops at its next check and nothing more is stored.
        _cancel?.Cancel();
        _cancel?.Dispose();
    }

    private void Cancel() => _cancel?.Cancel();

    /// <summary>Status lines from the ingest queue ("waiting for another article") shown under the progress bar.</summary>
    private Progress<string> StatusReporter() => new(text =>
    {
        _progressText = text;
        _ = InvokeAsync(StateHasChanged);
    });

    private async Task PasteAsync()
    {
        _pasteError = null;
        if (string.IsNullOrWhiteSpace(_text))
        {
            _pasteError = "Paste the article text first.";
            return;
        }
        if (_published is null)
        {
            _pasteError = "Give the publication date: positions are dated by it.";
            return;
        }
        await RunAsync(1, async (report, cancellationToken) =>
        {
            report(0, "Reading and analysing the pasted article");
            var pasted = new PastedArticle(_text, _title, DateOnly.FromDateTime(_published.Value), _source, _url);
            var outcomes = await Ingest.PasteAsync(pasted, StatusReporter(), cancellationToken);
            if (outcomes.Any(o => o.Refusal is null))
            {
                _text = null;
                _title = null;
                _url = null;
            }
            return outcomes;
        });
    }

    private async Task UploadAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is null || files.Count == 0)
        {
            return;
        }
        await RunAsync(files.Count, async (report, cancellationToken) =>
        {
            var outcomes = new List<IngestOutcome>();
            for (var index = 0; index < files.Count; index++)
            {
                var file = files[index];
                if (cancellationToken.IsCancellationRequested)
                {
                    outcomes.Add(IngestOutcome.Cancelled(file.Name));
                    continue;
                }
                report(index, $"Reading {file.Name} ({index + 1} of {files.Count})");
                if (index >= ArticleIngest.MaxFiles)
                {
                    outcomes.Add(IngestOutcome.Refused(file.Name, $"only {ArticleIngest.MaxFiles} files are taken at a time; add it in another batch"));
                    continue;
                }
                if (ArticleIngest.CheckFile(file.Name, file.Size) is { } refusal)
                {
                    outcomes.Add(IngestOutcome.Refused(file.Name, refusal));
                    continue;
                }
                byte[] content;
                try
                {
                    // The browser's size claim is checked above; the stream enforces it again on the bytes received.
                    await using var stream = file.OpenReadStream(ArticleIngest.MaxFileBytes, cancellationToken);
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer, cancellationToken);
                    content = buffer.ToArray();
                }
                catch (IOException e)
                {
                    outcomes.Add(IngestOutcome.Refused(file.Name, $"could not be read: {e.Message}"));
                    continue;
                }
                catch (OperationCanceledException)
                {
                    outcomes.Add(IngestOutcome.Cancelled(file.Name));
                    continue;
                }
                var published = _defaultPublished is { } day ? DateOnly.FromDateTime(day) : (DateOnly?)null;
                outcomes.AddRange(await Ingest.UploadAsync(file.Name, content, published, _defaultSource, StatusReporter(), cancellationToken));
            }
            return outcomes;
        });
    }

    private async Task RunAsync(int steps, Func<Action<int, string>, CancellationToken, Task<IReadOnlyList<IngestOutcome>>> work)
    {
        if ((_refusal = await User.RefusalAsync(DashboardAction.Ingest)) is not null)
        {
            return;
        }
        _busy = true;
        _cancel?.Dispose();
        _cancel = new CancellationTokenSource();
        _outcomes.Clear();
        _statements.Clear();
        void Report(int done, string text)
        {
            _progress = steps == 0 ? 100 : done * 100 / steps;
            _progressText = text;
            StateHasChanged();
        }
        try
        {
            var outcomes = await work(Report, _cancel.Token);
            _outcomes.AddRange(outcomes);
            foreach (var outcome in outcomes.Where(o => o.ArticleId is not null && o.Refusal is null))
            {
                _statements[outcome.ArticleId!.Value] = Statements.Get(new StatementFilter { ArticleId = outcome.ArticleId, PageSize = 25, Sort = StatementSort.DateAscending }).Rows;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static Stance? ParseStance(string? text) => StanceNames.TryParse(text, out var stance) ? stance : null;
}
