using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceTracker.Data.Storage;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// Cookie sign-in and the authorisation policies, one per <see cref="DashboardAction"/>. They are registered in every
/// mode and ask <see cref="DashboardAccess"/> at each request, so a dashboard without sign-in lets everyone through as
/// before. The fallback policy (Read) covers every endpoint that names none: pages, the API, the feed, the circuit hub.
/// </summary>
public static class DashboardAuth
{
    public const string SignInPath = "/account/signin";
    public const string SignOutPath = "/account/signout";
    public const string DeniedPath = "/account/denied";

    public static IServiceCollection AddDashboardAuth(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new DashboardAccess(sp.GetRequiredService<DashboardOptions>()));
        services.AddSingleton<IAuthorizationHandler, DashboardAccessHandler>();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = DeniedPath;
            cookie.Cookie.Name = "StanceTracker.SignIn";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = Revalidate,
                // A program reading the API or the feed, or the circuit's hub, wants a status code, not a sign-in page.
                OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorization(authorization =>
        {
            foreach (var action in Enum.GetValues<DashboardAction>())
            {
                authorization.AddPolicy(Policy(action), policy => policy.AddRequirements(new DashboardRequirement(action)));
            }
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder().AddRequirements(new DashboardRequirement(DashboardAction.Read)).Build();
        });
        return services;
    }

    /// <summary>The policy name of <paramref name="action"/>, for <c>[Authorize(Policy = ...)]</c>.</summary>
    public static string Policy(DashboardAction action) => action.ToString();

    public const string ReviewPolicy = nameof(DashboardAction.Review);
    public const string AuditPolicy = nameof(DashboardAction.Audit);
    public const string IngestPolicy = nameof(DashboardAction.Ingest);

    /// <summary>The claims a signed-in user carries: the name reviews are recorded under, and the role.</summary>
    public static ClaimsPrincipal Principal(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.ToId())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Sign-out: a POST with the antiforgery token (a form field binds, which makes the endpoint require one).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(SignOutPath, async (HttpContext context, [FromForm(Name = "returnUrl")] string? returnUrl) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var back = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}"
                : SignInPath;
            return Results.LocalRedirect(back);
        }).AllowAnonymous();
        return endpoints;
    }

    // Each request asks the store again, so a removed user is signed out and a changed role applies at the next page
    // load, not when the cookie expires; a live page keeps the user it was opened with until it is reloaded.
    private static Task Revalidate(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var user = name is null ? null : context.HttpContext.RequestServices.GetRequiredService<IUserStore>().Find(name);
        if (user is null || user.Disabled)
        {
            context.RejectPrincipal();
            return context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        if (DashboardAccess.RoleOf(context.Principal!) != user.Role || name != user.Name)
        {
            context.ReplacePrincipal(Principal(user));
            context.ShouldRenew = true;
        }
        return Task.CompletedTask;
    }

    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/_blazor") || path.StartsWithSegments(ChangeFeedEndpoints.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Asks <see cref="DashboardAccess"/> whether the user may open what the policy guards.</summary>
public sealed record DashboardRequirement(DashboardAction Action) : IAuthorizationRequirement;

internal sealed class DashboardAccessHandler(DashboardAccess access) : AuthorizationHandler<DashboardRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DashboardRequirement requirement)
    {
        if (access.MayOpen(context.User, requirement.Action))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
