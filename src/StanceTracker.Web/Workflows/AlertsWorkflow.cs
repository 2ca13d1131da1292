using System.Security.Claims;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Workflows;

/// <summary>What the alerts page may do for this circuit's user, and whose follows it shows.</summary>
/// <param name="Owner">The signed-in user's name in team mode, <see cref="AlertRules.LocalOwner"/> otherwise; null when nobody may follow here.</param>
/// <param name="Refusal">Why this user may not follow anything here, or null.</param>
/// <param name="WebhookRefusal">Why this user may not follow by webhook, or null.</param>
public sealed record AlertPermissions(string? Owner, string? Refusal, string? WebhookRefusal);

/// <summary>
/// The alerts page's follows, decided on the server for the circuit's user (never as the browser says). In team mode
/// everyone signed in follows by email and sees only their own follows; webhooks, requests the server makes to any
/// address it is given, are for admins. Without sign-in, the one local analyst owns every follow made here, and only
/// when the dashboard listens on this computer alone.
/// </summary>
public sealed class AlertsWorkflow(AlertFollows follows, DashboardAccess access, DashboardUser user)
{
    public const string WebhooksAdminOnly =
        "Webhooks are for admins: the server sends a request to whatever address a webhook names, so only an admin may set one.";

    public async Task<AlertPermissions> PermissionsAsync()
    {
        var principal = await user.PrincipalAsync().ConfigureAwait(false);
        if (access.SignInRequired)
        {
            var role = DashboardAccess.RoleOf(principal);
            var name = principal.FindFirstValue(ClaimTypes.Name);
            if (role is null || string.IsNullOrWhiteSpace(name))
            {
                return new AlertPermissions(null, "Sign in first: alerts are sent to the signed-in user's own follows.", WebhooksAdminOnly);
            }
            return new AlertPermissions(name, null, role == UserRole.Admin ? null : WebhooksAdminOnly);
        }
        return access.AnonymousMayWrite
            ? new AlertPermissions(AlertRules.LocalOwner, null, null)
            : new AlertPermissions(null,
                "This dashboard is read-only: it listens beyond this computer without sign-in, so nobody may follow here. "
                + "Start it with --auth on, or on 127.0.0.1, or use 'stancetracker alerts follow'.", WebhooksAdminOnly);
    }

    /// <summary>This user's follows with their deliveries; none for a user who may not follow.</summary>
    public async Task<IReadOnlyList<FollowSummary>> MineAsync() =>
        (await PermissionsAsync().ConfigureAwait(false)).Owner is { } owner ? follows.List(owner) : [];

    /// <summary>Adds a follow for this user, the permissions checked again here.</summary>
    /// <returns>The follow, or the sentence saying why it was not added.</returns>
    public async Task<(Follow? Follow, string? Refusal)> FollowAsync(FollowKind kind, string? target, AlertChannel channel, string? address)
    {
        var permissions = await PermissionsAsync().ConfigureAwait(false);
        if (permissions.Owner is not { } owner)
        {
            return (null, permissions.Refusal);
        }
        if (channel == AlertChannel.Webhook && permissions.WebhookRefusal is { } noWebhook)
        {
            return (null, noWebhook);
        }
        try
        {
            return (follows.Add(new FollowRequest(owner, kind, target ?? "", channel, address ?? "")), null);
        }
        catch (Exception e) when (e is FollowRefusedException or FollowExistsException)
        {
            return (null, char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".");
        }
    }

    /// <summary>Removes one of this user's follows; false when it is not theirs (or gone).</summary>
    public async Task<bool> UnfollowAsync(long followId) =>
        (await PermissionsAsync().ConfigureAwait(false)).Owner is { } owner && follows.Remove(followId, owner);

    public string TargetName(FollowKind kind, string target) => follows.TargetName(kind, target);
}
