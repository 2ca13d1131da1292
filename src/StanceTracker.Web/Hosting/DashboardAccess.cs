using System.Security.Claims;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Hosting;

/// <summary>What a visitor asks to do; each page, endpoint and write names one.</summary>
public enum DashboardAction
{
    Read,
    Review,
    Audit,
    Ingest,
}

/// <summary>
/// The one place that decides who may do what, from the registered <see cref="DashboardOptions"/> (test hosts replace
/// them). Team mode (<see cref="SignInRequired"/>): every page needs a signed-in user; reviewing and the audit need a
/// reviewer or an admin; adding articles needs an admin, because it runs the classifier on the server's shared cores and
/// adds to what every user sees. Without sign-in, anyone may do everything when the dashboard listens on loopback only
/// (the single local analyst, as before), and may only read when it listens beyond this computer.
/// </summary>
public sealed class DashboardAccess(DashboardOptions options)
{
    public bool SignInRequired => options.Auth switch
    {
        AuthMode.On => true,
        AuthMode.Off => false,
        _ => StoreEngines.IsServer(options.DatabasePath),
    };

    /// <summary>Whether anonymous visitors may write: no sign-in, and nobody but this computer can reach the dashboard.</summary>
    public bool AnonymousMayWrite => !SignInRequired && options.LoopbackOnly;

    /// <summary>The role a signed-in user needs for <paramref name="action"/> in team mode.</summary>
    public static UserRole RoleNeeded(DashboardAction action) => action switch
    {
        DashboardAction.Read => UserRole.Viewer,
        DashboardAction.Review or DashboardAction.Audit => UserRole.Reviewer,
        _ => UserRole.Admin,
    };

    /// <summary>Whether the user may open the page or endpoint of <paramref name="action"/>; what a write needs is <see cref="Refusal"/>.</summary>
    public bool MayOpen(ClaimsPrincipal user, DashboardAction action) =>
        !SignInRequired || (RoleOf(user) is { } role && role >= RoleNeeded(action));

    /// <summary>Why the user may not do <paramref name="action"/> (a sentence for the page), or null when they may.</summary>
    public string? Refusal(ClaimsPrincipal user, DashboardAction action)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SignInRequired)
        {
            var role = RoleOf(user);
            if (role is null)
            {
                return "Sign in first: this dashboard is shared by a team, and every change is recorded under its author's name.";
            }
            return role >= RoleNeeded(action)
                ? null
                : $"Your role ({role.Value.ToId()}) may not {Verb(action)}; that needs {RoleNeeded(action).ToId()}{(RoleNeeded(action) == UserRole.Admin ? "" : " or admin")}. An admin can change roles with 'stancetracker users role'.";
        }
        if (action == DashboardAction.Read || action == DashboardAction.Audit || AnonymousMayWrite)
        {
            return null;
        }
        return $"This dashboard is read-only: it listens beyond this computer without sign-in, so nobody may {Verb(action)} here. "
            + "Start it with --auth on (and add users with 'stancetracker users add'), or on 127.0.0.1.";
    }

    /// <summary>The role of a signed-in user, or null for an anonymous visitor (or a cookie carrying no role this build knows).</summary>
    public static UserRole? RoleOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && UserRoles.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;
    }

    private static string Verb(DashboardAction action) => action switch
    {
        DashboardAction.Review => "review statements",
        DashboardAction.Ingest => "add articles",
        DashboardAction.Audit => "see the audit",
        _ => "read",
    };
}
