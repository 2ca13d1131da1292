using MudBlazor.Services;
using StanceTracker.Web.Components;
using StanceTracker.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Loopback unless told otherwise: the dashboard holds unreviewed data and has no login.
if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls(DashboardOptions.DefaultUrl);
}

builder.Services.AddDashboard(DashboardOptions.FromConfiguration(builder.Configuration));
builder.Services.AddWorkflows();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapStanceApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point, visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
