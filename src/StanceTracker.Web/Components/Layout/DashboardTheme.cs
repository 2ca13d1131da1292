using MudBlazor;

namespace StanceTracker.Web.Components.Layout;

internal static class DashboardTheme
{
    // System fonts only: the dashboard must work offline, so no web-font download.
    private static readonly string[] FontStack = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            // MudBlazor's defaults put white chip text and coloured alert text below WCAG AA (warning 2.2:1, info 3.8:1):
            // these darker shades keep the hues and reach 4.5:1 on white and on the alerts' tinted backgrounds.
            Info = "#0b63b0",
            Success = "#2e7d32",
            Warning = "#a35200",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
