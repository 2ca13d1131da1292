using System.Collections.Frozen;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// News outlets and agencies. When one "reports" or "says", it is the source of a statement, not a diplomatic actor
/// taking a position (the codebook tracks no journalists), so wire text citing the Washington Post credits it nothing.
/// </summary>
public static class MediaOutlets
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "Reuters", "AFP", "Agence France-Presse", "Agence France Presse", "AP", "Associated Press", "the Associated Press", "Bloomberg",
        "Bloomberg News", "Politico", "Politico Europe", "Axios", "Semafor", "the Washington Post", "Washington Post", "the New York Times",
        "New York Times", "the Wall Street Journal", "Wall Street Journal", "the Financial Times", "Financial Times", "FT", "the Guardian",
        "Guardian", "the Times", "the Telegraph", "the Daily Telegraph", "the Economist", "Economist", "the Independent", "BBC", "BBC News",
        "Sky News", "CNN", "CBS", "CBS News", "NBC", "NBC News", "ABC", "ABC News", "Fox News", "NPR", "PBS", "Newsweek", "Time magazine",
        "the Hill", "Deutsche Welle", "DW", "Der Spiegel", "Spiegel", "Bild", "Die Welt", "Die Zeit", "FAZ", "Frankfurter Allgemeine",
        "Süddeutsche Zeitung", "dpa", "Le Monde", "Le Figaro", "Libération", "Les Echos", "France 24", "RFI", "Corriere della Sera",
        "La Repubblica", "La Stampa", "ANSA", "El País", "El Mundo", "EFE", "Rzeczpospolita", "Gazeta Wyborcza", "PAP", "Euronews",
        "Euractiv", "Al Jazeera", "Al Arabiya", "Anadolu", "Anadolu Agency", "TASS", "RIA Novosti", "RIA", "Interfax", "Kommersant",
        "Izvestia", "RBC", "RT", "Sputnik", "Meduza", "Novaya Gazeta", "Ukrinform", "Ukrainska Pravda", "the Kyiv Independent",
        "Kyiv Independent", "Kyiv Post", "UNIAN", "Interfax-Ukraine", "Suspilne", "RFE/RL", "Radio Free Europe", "Radio Liberty",
        "Voice of America", "VOA", "Xinhua", "Global Times", "CGTN", "KCNA", "Yonhap", "Kyodo", "NHK", "Nikkei", "Asahi", "the Straits Times",
        "Straits Times", "the Times of India", "Haaretz", "the Jerusalem Post", "Times of Israel", "Sky", "ITV", "Channel 4 News",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for an outlet's name, with or without "the" or a possessive ("AFP's").</summary>
    public static bool IsOutlet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }
        return Names.Contains(trimmed)
            || (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && Names.Contains(trimmed[4..]));
    }
}
