using System.Globalization;
using System.Net;
using System.Text;

namespace StanceTracker.Data.Tests.Fixtures;

/// <summary>
/// A news feed of 50 items in the shape of the news StanceTracker follows (European leaders on troops in Ukraine,
/// sanctions on Russia and Ukraine's NATO membership, early 2025), written for the tests:
/// <list type="bullet">
/// <item>30 full-text reports, each a different leader on a different question;</item>
/// <item>10 copies of one wire story (the same quoted sentences of the EU's foreign policy chief) as different outlets
/// print it, each with its own boilerplate, outlet name and address: for the wire-copy detection to recognise;</item>
/// <item>10 items that carry only a summary, whose pages <see cref="ServeOn"/> also serves; one of those pages is under
/// <see cref="DisallowedPath"/>, which the served robots.txt disallows, so the poller must keep its summary.</item>
/// </list>
/// </summary>
public static class WorldNewsFeed
{
    public const int ItemCount = 50;
    public const int FullTextCount = 30;
    public const int WireCopyCount = 10;
    public const int SummaryOnlyCount = 10;

    /// <summary>robots.txt disallows this path for every crawler (and says nothing else).</summary>
    public const string DisallowedPath = "/members/";

    /// <summary>The sentences every wire copy quotes word for word.</summary>
    public const string WireQuote =
        "\"We will not lift a single sanction until Russia ends this war and withdraws its troops. The sixteenth package is only the beginning of the pressure we are prepared to apply,\"";

    public sealed record Item(string Path, string Title, DateTimeOffset Published, string Outlet, string Description, string? PageHtml)
    {
        public bool SummaryOnly => PageHtml is not null;

        public bool Disallowed => Path.StartsWith(DisallowedPath, StringComparison.Ordinal);
    }

    private static readonly (string Name, string Title, string Country, string Adjective)[] Leaders =
    [
        ("Emmanuel Macron", "President", "France", "French"),
        ("Keir Starmer", "Prime Minister", "the United Kingdom", "British"),
        ("Olaf Scholz", "Chancellor", "Germany", "German"),
        ("Donald Tusk", "Prime Minister", "Poland", "Polish"),
        ("Giorgia Meloni", "Prime Minister", "Italy", "Italian"),
        ("Mette Frederiksen", "Prime Minister", "Denmark", "Danish"),
        ("Viktor Orbán", "Prime Minister", "Hungary", "Hungarian"),
        ("Pedro Sánchez", "Prime Minister", "Spain", "Spanish"),
        ("Ulf Kristersson", "Prime Minister", "Sweden", "Swedish"),
        ("Robert Fico", "Prime Minister", "Slovakia", "Slovak"),
    ];

    private static readonly string[] Outlets = ["Continental Herald", "Baltic Ledger", "Danube Post", "Atlantic Dispatch", "Northern Courier"];

    // What each leader says on each question; a leader's own words, so no two reports share a quote.
    private static readonly Func<(string Name, string Title, string Country, string Adjective), string>[] Quotes =
    [
        l => l.Adjective is "Hungarian" or "Slovak"
            ? $"\"{Capital(l.Country)} will not send a single soldier to Ukraine, and we will not let anyone drag us into this war,\""
            : $"\"{Capital(l.Country)} is ready to put {l.Adjective} troops on the ground in Ukraine as part of a reassurance force once a ceasefire is signed,\"",
        l => l.Adjective is "Hungarian" or "Slovak"
            ? $"\"The sanctions have hurt {l.Country} more than they have hurt Moscow, and we will not vote for another package without exemptions,\""
            : $"\"{Capital(l.Country)} wants the toughest sanctions yet, on Russian oil, on the shadow fleet and on the banks that finance the war,\"",
        l => l.Adjective is "Hungarian" or "Slovak" or "Italian"
            ? $"\"Ukraine's membership of NATO is not on the table for {l.Country}; talk of it only prolongs the war,\""
            : $"\"Ukraine's future is in NATO, and {l.Country} will keep saying so until the door is opened,\"",
    ];

    private static readonly string[] Questions = ["troops for Ukraine", "sanctions on Russia", "Ukraine's NATO bid"];

    /// <summary>The 50 items, in feed order (newest first); their paths are relative to the site serving them.</summary>
    public static IReadOnlyList<Item> Items()
    {
        var items = new List<Item>();
        var day = new DateTimeOffset(2025, 2, 17, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < FullTextCount; i++)
        {
            var leader = Leaders[i % Leaders.Length];
            var question = i / Leaders.Length;
            var published = day.AddDays(i % 20).AddHours(i);
            var outlet = Outlets[i % Outlets.Length];
            var quote = Quotes[question](leader);
            var body = $"""
                <p>{leader.Title} {leader.Name} set out {leader.Country}'s position on {Questions[question]} on {published:dddd}, as European leaders met again to agree on how to support Kyiv.</p>
                <p>{quote} {leader.Name} told reporters after talks with other European leaders.</p>
                <p>The remarks came after weeks of diplomacy in which capitals have been pressed to say what they would contribute. Officials said the question would return at the next summit, where leaders hope to settle the details.</p>
                <p>Asked whether the position could change, the {leader.Title.ToLowerInvariant()} said {leader.Country} had made its choice and would explain it to its partners and its voters.</p>
                """;
            items.Add(new Item($"/world/{Slug(leader.Name)}-{Slug(Questions[question])}", $"{leader.Name}: {Capital(leader.Country)}'s line on {Questions[question]}", published, outlet, body, null));
        }
        for (var i = 0; i < WireCopyCount; i++)
        {
            var outlet = i < Outlets.Length ? Outlets[i] : $"{Outlets[i % Outlets.Length]} Weekend";
            var published = new DateTimeOffset(2025, 2, 24, 11 + i % 5, 5 * i, 0, TimeSpan.Zero);
            var (before, after) = i switch
            {
                0 => ("BRUSSELS (Wire) - ", "Reporting by the Brussels bureau; editing by the world desk."),
                1 => ($"By {outlet} staff and agencies | ", $"Read more: the {outlet} guide to the war in Ukraine."),
                2 => ("Brussels, 24 February — ", $"© 2025 {outlet}. All rights reserved. This story was first published by a news agency."),
                _ => ($"{outlet.ToUpperInvariant()} — ", $"Follow {outlet} for live updates. Subscribe to our newsletter for the day's main stories (copy {i})."),
            };
            var body = $"""
                <p>{before}European Union foreign ministers approved a sixteenth package of sanctions against Russia on Monday, three years after the full-scale invasion of Ukraine.</p>
                <p>{WireQuote} the EU's foreign policy chief Kaja Kallas said as she arrived for the meeting.</p>
                <p>The package targets aluminium imports, more vessels of the shadow fleet that carries Russian oil, and banks that help Moscow evade earlier measures. Hungary had held out for exemptions before agreeing.</p>
                <p>{after}</p>
                """;
            items.Add(new Item($"/wire/eu-sanctions-package-{Slug(outlet)}", "EU agrees sixteenth sanctions package against Russia", published, outlet, body, null));
        }
        for (var i = 0; i < SummaryOnlyCount; i++)
        {
            var leader = Leaders[(i + 3) % Leaders.Length];
            var published = new DateTimeOffset(2025, 3, 2 + i, 14, 0, 0, TimeSpan.Zero);
            var outlet = Outlets[(i + 2) % Outlets.Length];
            var title = $"{leader.Name} in London: what {leader.Country} offers Ukraine";
            var summary = $"{leader.Title} {leader.Name} told the London summit what {leader.Country} would contribute to Ukraine's security. Full story on our site.";
            var quote = i % 2 == 0
                ? $"\"{Capital(leader.Country)} stands with Ukraine for as long as it takes, and we will help guarantee any peace that is agreed,\""
                : $"\"Security guarantees for Ukraine must come from Europe and America together; {leader.Country} will not act alone,\"";
            var page = $"""
                <!DOCTYPE html>
                <html lang="en"><head><title>{WebUtility.HtmlEncode(title)} | {outlet}</title>
                <meta property="og:site_name" content="{outlet}">
                <meta property="article:published_time" content="{published.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}">
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
                <article><h1>{WebUtility.HtmlEncode(title)}</h1>
                <p>LONDON — {leader.Title} {leader.Name} arrived at Lancaster House on Sunday for a summit on Ukraine's security hosted by the British prime minister.</p>
                <p>{WebUtility.HtmlEncode(quote)} {leader.Name} said before the talks, which also brought together the leaders of Canada, Turkey and the European institutions.</p>
                <p>Diplomats said the meeting was meant to show Washington that Europe would shoulder more of the burden, including through a coalition of countries ready to enforce a ceasefire.</p>
                <p>{leader.Country}'s delegation said details of its contribution would be discussed with allies in the coming weeks, and that parliament would be consulted before any deployment.</p>
                </article>
                <footer>© 2025 {outlet}</footer></body></html>
                """;
            var path = (i == SummaryOnlyCount - 1 ? DisallowedPath : "/news/") + $"london-summit-{Slug(leader.Name)}.html";
            items.Add(new Item(path, title, published, outlet, summary, page));
        }
        return [.. items.OrderByDescending(item => item.Published)];
    }

    /// <summary>The items as RSS 2.0, links absolute under <paramref name="site"/>.</summary>
    public static string Rss(Uri site, IEnumerable<Item> items)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>World News Roundup</title><link>https://world.example/</link><language>en</language>
            <description>European politics and the war in Ukraine</description>

            """);
        foreach (var item in items)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""
                <item><title>{WebUtility.HtmlEncode(item.Title)}</title><link>{new Uri(site, item.Path).AbsoluteUri}</link>
                <guid isPermaLink="true">{new Uri(site, item.Path).AbsoluteUri}</guid><author>desk@{Slug(item.Outlet)}.example ({item.Outlet})</author>
                <pubDate>{item.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate>
                <description>{WebUtility.HtmlEncode(item.Description)}</description></item>

                """);
        }
        return xml.Append("</channel></rss>\n").ToString();
    }

    /// <summary>Serves the feed at <paramref name="feedPath"/>, every summary-only item's page, and the robots.txt.</summary>
    public static IReadOnlyList<Item> ServeOn(NewsFeedServer server, string feedPath = "/world.rss", bool honourConditional = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        var items = Items();
        server.Robots($"User-agent: *\nDisallow: {DisallowedPath}\n");
        server.Feed(feedPath, Rss(server.Address, items), "\"world-v1\"", new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero), honourConditional);
        foreach (var item in items.Where(i => i.SummaryOnly))
        {
            server.Page(item.Path, item.PageHtml!);
        }
        return items;
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string text) => string.Join('-', text.ToLowerInvariant().Normalize(NormalizationForm.FormD)
        .Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').Aggregate(new StringBuilder(), (b, c) => b.Append(c)).ToString()
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
