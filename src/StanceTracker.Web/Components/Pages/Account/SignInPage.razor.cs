using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Components.Pages.Account;

/// <summary>
/// The team dashboard's sign-in: a form posted to the server and rendered there (antiforgery on), never a circuit, so
/// the password travels once, in the POST, and the cookie is set on that response.
/// </summary>
public sealed partial class SignInPage
{
    [Inject] private DashboardAccess Access { get; set; } = default!;

    [Inject] private IUserStore Users { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    /// <summary>Where the user was going when sign-in was asked for; only addresses on this site are followed.</summary>
    [SupplyParameterFromQuery] public string? ReturnUrl { get; set; }

    [SupplyParameterFromForm] private SignInForm? Input { get; set; }

    private string? _error;

    protected override void OnInitialized() => Input ??= new SignInForm();

    private async Task SignInAsync()
    {
        var form = Input ??= new SignInForm();
        var user = Access.SignInRequired && !string.IsNullOrEmpty(form.Name) && !string.IsNullOrEmpty(form.Password)
            ? Users.Verify(form.Name, form.Password)
            : null;
        if (user is null)
        {
            // One message for an unknown name and a wrong password: the page does not tell which names exist.
            _error = "That name and password do not match an active user.";
            form.Password = null;
            return;
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DashboardAuth.Principal(user));
        Navigation.NavigateTo(LocalTarget(form.ReturnUrl), forceLoad: true);
    }

    /// <summary>A path on this site, or the matrix: a sign-in link must not send anyone elsewhere.</summary>
    internal static string LocalTarget(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : "/matrix";

    internal sealed class SignInForm
    {
        public string? Name { get; set; }
        public string? Password { get; set; }
        public string? ReturnUrl { get; set; }
    }
}
