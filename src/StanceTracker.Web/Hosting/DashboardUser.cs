using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// The user of one circuit or request, as the server knows them (never as the browser says): what workflows ask
/// before they write, whatever component or handler called them.
/// </summary>
public sealed class DashboardUser(DashboardAccess access, AuthenticationStateProvider authentication)
{
    public bool SignInRequired => access.SignInRequired;

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>Why this user may not do <paramref name="action"/>, or null when they may.</summary>
    public async Task<string?> RefusalAsync(DashboardAction action) => access.Refusal(await PrincipalAsync(), action);
}
