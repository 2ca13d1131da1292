using System.Text.Json;
using Microsoft.Extensions.FileProviders;

namespace StanceTracker.Web.Hosting;

/// <summary>
/// Where the dashboard's static files are, wherever it is started from. A published build keeps them in wwwroot
/// beside its DLL, but the content root (and so the web root) defaults to the working directory: started from a
/// checkout, every asset was served as an empty 200 and the page never became interactive. A build output keeps them
/// in the project and the NuGet cache, listed in the static web assets manifest beside the DLL.
/// </summary>
public static class WebHostLayout
{
    private const string ContentRootArgument = "--contentRoot";

    /// <summary>The builder's options: the published folder as content root unless one was given.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        var given = args.Any(a => a.StartsWith(ContentRootArgument, StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"));
        return new WebApplicationOptions { Args = args, ContentRootPath = published && !given ? AppContext.BaseDirectory : null };
    }

    /// <summary>
    /// A build output (no wwwroot beside the DLL, a runtime manifest instead) serves its assets through that manifest
    /// in every environment, not only in Development, which is the only one that reads it by default.
    /// </summary>
    public static void UseBuildOutputAssets(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var runtimeManifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) && File.Exists(runtimeManifest) && !builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }
    }

    /// <summary>
    /// Null when every asset the endpoints manifest lists can be found under the web root, else a one-line reason:
    /// the dashboard refuses to start rather than serve a page that never becomes interactive.
    /// </summary>
    public static string? MissingAssets(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.endpoints.json");
        if (!File.Exists(manifest))
        {
            return null;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var files = document.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Select(e => e.GetProperty("AssetFile").GetString())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var provider = environment.WebRootFileProvider ?? new NullFileProvider();
        var missing = files.Where(file => !provider.GetFileInfo(file).Exists).ToList();
        if (missing.Count == 0)
        {
            return null;
        }
        return $"{missing.Count} of the dashboard's {files.Count} static files (such as {missing[0]}) are not under {environment.WebRootPath ?? "(no web root)"}; "
            + $"start the dashboard from its build or publish folder as it was built (dotnet {environment.ApplicationName}.dll), or pass --contentRoot to the folder holding wwwroot";
    }
}
