using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright; no browser is downloaded.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Skip($"{ExecutablePath} is not installed (apt-get install -y chromium); .ci/run installs it");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // The flags keep Chromium from reaching out to the network it does not have here.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// Screenshots land in artifacts/screenshots at the repository root, to be looked at, or in the folder
    /// STANCETRACKER_SCREENSHOTS names (to keep them out of the checkout).
    /// </summary>
    public static string ScreenshotPath(string name)
    {
        var root = StanceTracker.Data.ProjectPaths.RepositoryRoot ?? Path.GetTempPath();
        var folder = Environment.GetEnvironmentVariable("STANCETRACKER_SCREENSHOTS") is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
