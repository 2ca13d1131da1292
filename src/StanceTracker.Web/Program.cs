using MudBlazor.Services;
using StanceTracker.Data;
using StanceTracker.Web.Components;
using StanceTracker.Web.Hosting;
using StanceTracker.Web.Workflows;

var builder = WebApplication.CreateBuilder(WebHostLayout.Options(args));
WebHostLayout.UseBuildOutputAssets(builder);

// Loopback unless told otherwise: the dashboard holds unreviewed data, and without sign-in (--auth) anyone who can
// reach it could review; bound beyond loopback without sign-in it is read-only (DashboardAccess).
if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls(DashboardOptions.DefaultUrl);
}

DashboardOptions options;
DashboardAlertOptions alertOptions;
try
{
    options = DashboardOptions.FromConfiguration(builder.Configuration, ProjectPaths.DataDirectory);
    alertOptions = DashboardAlertOptions.FromConfiguration(builder.Configuration, Environment.GetEnvironmentVariable);
}
catch (DashboardOptionsException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 2;
}
builder.Services.AddDashboard(options);
builder.Services.AddWorkflows();
builder.Services.AddDashboardAlerts(alertOptions);
builder.Services.AddDashboardAuth();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // Deliberately above SignalR's 32 KB: a pasted article travels in one message (see ArticleIngest.MaxMessageBytes).
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = ArticleIngest.MaxMessageBytes);

var app = builder.Build();

// Open the database before serving: a newer, foreign or broken file is one line and exit 2, not a stack trace.
try
{
    app.Services.GetRequiredService<IStanceStore>();
}
catch (Exception e) when (e is DatabaseUnusableException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"error: {string.Join(' ', e.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}");
    return 2;
}
if (WebHostLayout.MissingAssets(app.Environment) is { } missing)
{
    await Console.Error.WriteLineAsync($"error: {missing}");
    return 2;
}

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// Every page, API call, feed and the circuit's hub pass the access rules (DashboardAccess): in team mode they need a
// signed-in user; without sign-in they let everyone through as before.
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// Scripts and styles are the same for everyone, and the sign-in page needs them before anyone has signed in.
app.MapStaticAssets().AllowAnonymous();
app.MapStanceApi();
app.MapChangeFeed();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
