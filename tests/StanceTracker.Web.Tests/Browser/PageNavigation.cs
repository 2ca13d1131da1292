using Microsoft.Playwright;

namespace StanceTracker.Web.Tests.Browser;

internal static class PageNavigation
{
    /// <summary>
    /// Opens the address and waits until the Blazor circuit is interactive (the layout's marker appears): the page is
    /// prerendered first, and input given before the circuit connects is lost.
    /// </summary>
    public static async Task<IResponse?> GotoInteractiveAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        await page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        return response;
    }
}
