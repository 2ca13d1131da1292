using Microsoft.AspNetCore.Components;
using MudBlazor;
using StanceTracker.Data.Sources;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Sources;

/// <summary>
/// The news sources and their status, refreshed as the host polls them; adding and removing one is a write, so it
/// asks <see cref="DashboardUser"/> first (an admin in team mode, anyone on a loopback-only dashboard without sign-in),
/// on the server, at every click. Reading needs only the page.
/// </summary>
public sealed partial class SourcesPage : IDisposable
{
    [Inject] private NewsSourceDesk Desk { get; set; } = default!;

    [Inject] private DashboardUser User { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    private IReadOnlyList<NewsSource> _sources = [];
    private string? _location;
    private string? _name;
    private string? _every = NewsSourceRules.Format(NewsSourceRules.DefaultInterval);
    private string? _formMessage;
    private bool _formOk;

    /// <summary>Why this user may not add or remove sources, or null.</summary>
    private string? _refusal;

    private DateTimeOffset Now => Time.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        _refusal = await User.RefusalAsync(DashboardAction.Ingest);
        _sources = Desk.List();
        Desk.Polled += OnPolled;
    }

    public void Dispose() => Desk.Polled -= OnPolled;

    private void OnPolled(SourcePollResult result) => _ = InvokeAsync(() =>
    {
        _sources = Desk.List();
        StateHasChanged();
    });

    private async Task Add()
    {
        if ((_refusal = await User.RefusalAsync(DashboardAction.Ingest)) is not null)
        {
            return;
        }
        var (added, refusal) = Desk.Add(_location, _name, _every);
        _formOk = added is not null;
        _formMessage = added is null
            ? refusal
            : $"Added {added.Name}{(Desk.Watching ? ": it is being polled now, and its status shows below." : ".")}";
        if (added is not null)
        {
            _location = null;
            _name = null;
        }
        _sources = Desk.List();
    }

    private async Task Remove(NewsSource source)
    {
        if ((_refusal = await User.RefusalAsync(DashboardAction.Ingest)) is not null)
        {
            return;
        }
        _formOk = Desk.Remove(source.Id);
        _formMessage = _formOk ? $"Removed {source.Name}; the articles it added stay." : $"{source.Name} was removed already.";
        _sources = Desk.List();
    }

    private static Severity StatusSeverity(NewsSource source) =>
        source.Failing ? Severity.Error : source.LastPolledAt is null ? Severity.Info : Severity.Success;
}
