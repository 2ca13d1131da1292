using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// The office an official publication speaks for: 10 Downing Street's readouts are the Prime Minister's, the State
/// Department's the Secretary of State's. In such texts "the Prime Minister" needs no country, "I" and "we" are the
/// office holder, and a speech or address is the holder's own words from the first sentence.
/// </summary>
/// <param name="Country">ISO code of the office's country.</param>
/// <param name="Title">The office as the catalogue writes it ("Prime Minister", "Secretary of State").</param>
public sealed record PublishingOffice(string Country, string Title)
{
    /// <summary>The office whose publication this article is, from its source line, address and title; null for news media.</summary>
    public static PublishingOffice? Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source ?? "";
        var host = HostOf(article.Url);
        foreach (var rule in Rules)
        {
            if (rule.Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))
                || rule.SourceNames.Any(name => source.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                return new PublishingOffice(rule.Country, rule.Title);
            }
        }
        return null;
    }

    private static string HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "";
        }
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private sealed record Rule(string Country, string Title, string[] Hosts, string[] SourceNames);

    // Offices whose own sites publish readouts, speeches and transcripts. A host alone is not enough where one site
    // serves several offices (gov.uk): there the source line names the office.
    private static readonly Rule[] Rules =
    [
        new("GBR", "Prime Minister", [], ["Prime Minister's Office", "Prime Minister\u2019s Office", "10 Downing Street"]),
        new("GBR", "Foreign Secretary", [], ["Foreign, Commonwealth", "Foreign Office"]),
        new("GBR", "Defence Secretary", [], ["Ministry of Defence"]),
        new("USA", "President", ["whitehouse.gov"], ["The White House"]),
        new("USA", "Secretary of State", ["state.gov"], ["Department of State"]),
        new("USA", "Secretary of Defense", ["defense.gov", "war.gov"], ["Department of Defense", "Department of War"]),
        new("UKR", "President", ["president.gov.ua"], ["President of Ukraine", "Office of the President of Ukraine"]),
        new("UKR", "Foreign Minister", ["mfa.gov.ua"], ["Ministry of Foreign Affairs of Ukraine"]),
        new("RUS", "President", ["kremlin.ru"], ["President of Russia", "Kremlin.ru"]),
        new("RUS", "Foreign Minister", ["mid.ru"], ["Ministry of Foreign Affairs of the Russian Federation"]),
        new("FRA", "President", ["elysee.fr"], ["\u00C9lys\u00E9e", "Elysee"]),
        new("DEU", "Chancellor", ["bundeskanzler.de", "bundesregierung.de"], ["Federal Chancellor", "Bundesregierung"]),
        new("POL", "Prime Minister", ["premier.gov.pl"], ["Chancellery of the Prime Minister of Poland"]),
        new("ITA", "Prime Minister", ["governo.it"], ["Palazzo Chigi"]),
        new("CAN", "Prime Minister", ["pm.gc.ca"], ["Prime Minister of Canada"]),
    ];
}
