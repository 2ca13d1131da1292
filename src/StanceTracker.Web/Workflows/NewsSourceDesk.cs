using StanceTracker.Data.Storage;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Workflows;

/// <summary>
/// What the /sources page does with the store's news sources: lists them, adds one (polled at once by the host's
/// <see cref="SourceWatch"/>) and removes one. Input is checked by the same rules as <c>sources add</c>
/// (<see cref="NewsSourceRules"/>); a refusal comes back as a sentence for the page. Who may write is the page's check.
/// </summary>
public sealed class NewsSourceDesk(INewsSourceStore store, SourceWatch watch, TimeProvider time)
{
    public IReadOnlyList<NewsSource> List() => store.List();

    /// <summary>Whether the host polls the sources; when not, <c>stancetracker watch</c> must.</summary>
    public bool Watching => watch.Enabled;

    public event Action<Data.Sources.SourcePollResult>? Polled
    {
        add => watch.Polled += value;
        remove => watch.Polled -= value;
    }

    /// <returns>The source added, or why it was not.</returns>
    public (NewsSource? Added, string? Refusal) Add(string? location, string? name, string? every)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return (null, "Give a feed address (http:// or https://) or a folder on the dashboard's computer.");
        }
        if (!NewsSourceRules.TryParseInterval(string.IsNullOrWhiteSpace(every) ? NewsSourceRules.Format(NewsSourceRules.DefaultInterval) : every, out var interval))
        {
            return (null, $"'{every}' is not an interval: write a number and a unit, e.g. 90s, 30m, 2h or 1d.");
        }
        try
        {
            var added = store.Add(location, name, interval, time.GetUtcNow());
            watch.Nudge();
            return (added, null);
        }
        catch (ArgumentException e)
        {
            return (null, Capitalised(e.Message.Split(" (Parameter", 2)[0]) + ".");
        }
        catch (NewsSourceExistsException e)
        {
            return (null, e.Message);
        }
    }

    /// <returns>False when the source was gone already.</returns>
    public bool Remove(long id) => store.Remove(id);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
