using System.Globalization;

namespace StanceTracker.Data.Storage;

/// <summary>
/// The rules for news sources, in one place for the CLI, the page and the store: what a location may be and how it is
/// normalised (so one feed is added once), the interval's bounds and spelling, and how failures push the next poll back.
/// </summary>
public static class NewsSourceRules
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(30);

    /// <summary>Polling more often than this is impolite to a news site and pointless for news.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(7);

    /// <summary>However often a source fails, it is tried again at least this often (or at its interval, if longer).</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromDays(1);

    public const int MaxNameLength = 200;

    public const int MaxLocationLength = 2000;

    /// <summary>
    /// The kind and normalised location of <paramref name="input"/>: an absolute http or https address (fragment
    /// dropped, scheme and host in lower case), or a folder that exists (its full path).
    /// </summary>
    /// <exception cref="ArgumentException">Neither; the message names the input and the problem.</exception>
    public static (NewsSourceKind Kind, string Location) ParseLocation(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException("give a feed address (http:// or https://) or a folder", nameof(input));
        }
        if (text.Length > MaxLocationLength)
        {
            throw new ArgumentException($"'{text[..60]}…' is longer than {MaxLocationLength} characters", nameof(input));
        }
        if (text.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            {
                throw new ArgumentException($"'{text}' is not an absolute http or https address (only web feeds are fetched)", nameof(input));
            }
            return (NewsSourceKind.Feed, new UriBuilder(uri) { Fragment = "" }.Uri.AbsoluteUri);
        }
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{text}' has no scheme: write https://{text}", nameof(input));
        }
        if (!Directory.Exists(text))
        {
            throw new ArgumentException(File.Exists(text)
                ? $"'{text}' is a file: a watch folder must be a folder (use 'stancetracker ingest' for one file)"
                : $"'{text}' is neither an http(s) address nor an existing folder", nameof(input));
        }
        return (NewsSourceKind.Folder, Path.TrimEndingDirectorySeparator(Path.GetFullPath(text)));
    }

    /// <summary>The name given, trimmed, or one made from the location.</summary>
    public static string Name(string? given, NewsSourceKind kind, string location)
    {
        var name = string.Join(' ', (given ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0)
        {
            name = kind == NewsSourceKind.Feed
                ? new Uri(location) is var uri ? (uri.Host + uri.AbsolutePath).TrimEnd('/') : location
                : Path.GetFileName(location) is { Length: > 0 } folder ? folder : location;
        }
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"the name is longer than {MaxNameLength} characters", nameof(given));
        }
        return name;
    }

    public static void CheckInterval(TimeSpan interval)
    {
        if (interval < MinInterval || interval > MaxInterval)
        {
            throw new ArgumentException($"the interval {Format(interval)} is out of range: poll from every {Format(MinInterval)} to every {Format(MaxInterval)}", nameof(interval));
        }
    }

    /// <summary>Reads an interval written as a number and a unit: <c>90s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c>.</summary>
    public static bool TryParseInterval(string? text, out TimeSpan interval)
    {
        interval = default;
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value.Length < 2 || !int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }
        TimeSpan? parsed = value[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
        interval = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>An interval the way <see cref="TryParseInterval"/> reads it, in its largest whole unit.</summary>
    public static string Format(TimeSpan interval) => interval switch
    {
        { TotalDays: >= 1 } when interval.TotalDays % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{interval.TotalDays:0}d"),
        { TotalHours: >= 1 } when interval.TotalHours % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{interval.TotalHours:0}h"),
        { TotalMinutes: >= 1 } when interval.TotalMinutes % 1 == 0 => string.Create(CultureInfo.InvariantCulture, $"{interval.TotalMinutes:0}m"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{interval.TotalSeconds:0}s"),
    };

    /// <summary>
    /// When a source is due again: its interval after a success; after failures, the interval doubled for each failure
    /// in a row (so a broken site is asked less and less), never later than <see cref="MaxBackOff"/> (or the interval).
    /// </summary>
    public static DateTimeOffset NextPoll(DateTimeOffset now, TimeSpan interval, int consecutiveFailures)
    {
        var cap = interval > MaxBackOff ? interval : MaxBackOff;
        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 30));
        var wait = interval.TotalSeconds * factor >= cap.TotalSeconds ? cap : interval * factor;
        return now + wait;
    }
}
