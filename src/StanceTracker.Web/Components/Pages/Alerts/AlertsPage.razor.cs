using Microsoft.AspNetCore.Components;
using StanceTracker.Core;
using StanceTracker.Core.Attribution;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Queries;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

namespace StanceTracker.Web.Components.Pages.Alerts;

/// <summary>
/// Follow a country, a leader or a topic by email or webhook, and see and stop one's follows. Who may do what, and
/// whose follows are shown, is <see cref="AlertsWorkflow"/>'s to say; the page only offers it.
/// </summary>
public sealed partial class AlertsPage
{
    // The leader picker lists catalogued and attributed actors; past this many, the rarer ones are left out of the list.
    private const int ActorLimit = 500;

    [Inject] private AlertsWorkflow Workflow { get; set; } = default!;

    [Inject] private ICatalogueQuery Catalogue { get; set; } = default!;

    [Inject] private ITopicStore Topics { get; set; } = default!;

    [Inject] private CountryDirectory Countries { get; set; } = default!;

    [Inject] private DashboardAlertOptions Options { get; set; } = default!;

    private AlertPermissions? _permissions;
    private IReadOnlyList<FollowSummary> _follows = [];
    private IReadOnlyList<(string Id, string Label)> _countries = [];
    private IReadOnlyList<(string Id, string Label)> _actors = [];
    private IReadOnlyList<(string Id, string Label)> _topics = [];
    private FollowKind _kind = FollowKind.Country;
    private string? _target;
    private AlertChannel _channel = AlertChannel.Email;
    private string? _address;
    private string? _error;
    private bool _busy;

    private bool EmailReady => Options.Settings.Smtp is not null;

    private IReadOnlyList<(string Id, string Label)> Targets => _kind switch
    {
        FollowKind.Country => _countries,
        FollowKind.Actor => _actors,
        _ => _topics,
    };

    protected override async Task OnInitializedAsync()
    {
        _permissions = await Workflow.PermissionsAsync();
        _countries = Countries.All.Select(c => c.Code).Union(Catalogue.Countries(), StringComparer.Ordinal)
            .Select(code => (code, $"{Countries.Name(code)} ({code})"))
            .OrderBy(c => c.Item2, StringComparer.CurrentCulture).ToList();
        _actors = Catalogue.FindActors(null, ActorLimit)
            .Select(a => (a.Id, a.Country is null ? a.Name : $"{a.Name} ({a.Country})"))
            .OrderBy(a => a.Item2, StringComparer.CurrentCulture).ToList();
        _topics = Topics.All().Select(t => (t.Id, t.Label)).ToList();
        _follows = await Workflow.MineAsync();
    }

    private void OnKindChanged(FollowKind kind)
    {
        _kind = kind;
        _target = null;
    }

    private async Task FollowAsync()
    {
        _error = null;
        if (_target is null)
        {
            _error = $"Choose the {KindName(_kind).ToLowerInvariant()} to follow.";
            return;
        }
        _busy = true;
        try
        {
            var (follow, refusal) = await Workflow.FollowAsync(_kind, _target, _channel, _address);
            if (follow is null)
            {
                _error = refusal;
                return;
            }
            _address = null;
            _follows = await Workflow.MineAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task UnfollowAsync(long followId)
    {
        _busy = true;
        try
        {
            await Workflow.UnfollowAsync(followId);
            _follows = await Workflow.MineAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private string TargetLabel(string? id) => id is null ? "" : Targets.FirstOrDefault(t => t.Id == id).Label ?? id;

    private static string KindName(FollowKind kind) => kind switch
    {
        FollowKind.Country => "Country",
        FollowKind.Actor => "Leader",
        _ => "Topic",
    };

    private static string ChannelName(AlertChannel channel) => channel == AlertChannel.Email ? "Email" : "Webhook";

    /// <summary>How the follow's deliveries went, in a line: counts, and the last one with its error.</summary>
    private string Status(FollowSummary summary)
    {
        if (summary.Last is not { } last)
        {
            return summary.Follow.Channel == AlertChannel.Email && !EmailReady ? "Nothing sent yet (email waits for an SMTP server)" : "Nothing sent yet";
        }
        var when = IsoDate.FormatUtc(last.DeliveredAt ?? last.ClaimedAt)[..16].Replace('T', ' ');
        var counts = $"{summary.Delivered} delivered{(summary.Failing > 0 ? $", {summary.Failing} failing" : "")}";
        return last.Status switch
        {
            DeliveryStatus.Delivered => $"{counts}; last delivered {when} UTC",
            DeliveryStatus.Sending => $"{counts}; sending since {when} UTC",
            DeliveryStatus.GivenUp => $"{counts}; given up after {last.Attempts} attempts: {last.LastError}",
            _ => $"{counts}; last attempt failed {when} UTC: {last.LastError} (tried again{(last.NextAttemptAt is { } next ? " after " + IsoDate.FormatUtc(next)[11..16] + " UTC" : " later")})",
        };
    }
}
