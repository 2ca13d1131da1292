using System.Collections.Frozen;
using System.Text.Json;

namespace StanceTracker.Core.Attribution;

/// <summary>A country or organisation a speaker can speak for.</summary>
public sealed record Country(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    IReadOnlyList<string>? Groups = null)
{
    /// <summary>Membership of a group from the file (EU, NATO, G7, G20 ...).</summary>
    public bool IsIn(string group) => Groups?.Contains(group, StringComparer.OrdinalIgnoreCase) == true;
}

/// <summary>
/// Countries by name, alias and adjective ("Polish" → POL, "Russia's" → RUS), from data/countries.json. Countries the file
/// does not list are recognised from a small built-in table so that a speaker outside the tracked set still gets its
/// country ("Afghan Ambassador ..." → AFG); the file wins where both know a country.
/// </summary>
public sealed class CountryCatalog
{
    // Code, name, adjective: countries news mentions that data/countries.json does not track.
    private static readonly (string Code, string Name, string Adjective)[] Fallback =
    [
        ("AFG", "Afghanistan", "Afghan"), ("DZA", "Algeria", "Algerian"), ("AGO", "Angola", "Angolan"), ("BGD", "Bangladesh", "Bangladeshi"),
        ("BOL", "Bolivia", "Bolivian"), ("BIH", "Bosnia and Herzegovina", "Bosnian"), ("KHM", "Cambodia", "Cambodian"), ("CMR", "Cameroon", "Cameroonian"),
        ("CHL", "Chile", "Chilean"), ("COL", "Colombia", "Colombian"), ("CUB", "Cuba", "Cuban"), ("ECU", "Ecuador", "Ecuadorian"),
        ("ETH", "Ethiopia", "Ethiopian"), ("ERI", "Eritrea", "Eritrean"), ("GAB", "Gabon", "Gabonese"), ("GHA", "Ghana", "Ghanaian"),
        ("IRQ", "Iraq", "Iraqi"), ("JOR", "Jordan", "Jordanian"), ("KEN", "Kenya", "Kenyan"), ("KWT", "Kuwait", "Kuwaiti"),
        ("LBN", "Lebanon", "Lebanese"), ("LBY", "Libya", "Libyan"), ("MYS", "Malaysia", "Malaysian"), ("MAR", "Morocco", "Moroccan"),
        ("MMR", "Myanmar", "Burmese"), ("NPL", "Nepal", "Nepalese"), ("NZL", "New Zealand", "New Zealand"), ("NGA", "Nigeria", "Nigerian"),
        ("OMN", "Oman", "Omani"), ("PAK", "Pakistan", "Pakistani"), ("PSE", "Palestine", "Palestinian"), ("PER", "Peru", "Peruvian"),
        ("PHL", "Philippines", "Philippine"), ("RWA", "Rwanda", "Rwandan"), ("SEN", "Senegal", "Senegalese"), ("SGP", "Singapore", "Singaporean"),
        ("SOM", "Somalia", "Somali"), ("LKA", "Sri Lanka", "Sri Lankan"), ("SDN", "Sudan", "Sudanese"), ("SYR", "Syria", "Syrian"),
        ("TWN", "Taiwan", "Taiwanese"), ("THA", "Thailand", "Thai"), ("TUN", "Tunisia", "Tunisian"), ("UGA", "Uganda", "Ugandan"),
        ("URY", "Uruguay", "Uruguayan"), ("UZB", "Uzbekistan", "Uzbek"), ("VEN", "Venezuela", "Venezuelan"), ("VNM", "Vietnam", "Vietnamese"),
        ("YEM", "Yemen", "Yemeni"), ("ZWE", "Zimbabwe", "Zimbabwean"), ("BHR", "Bahrain", "Bahraini"), ("TKM", "Turkmenistan", "Turkmen"),
        ("KGZ", "Kyrgyzstan", "Kyrgyz"), ("TJK", "Tajikistan", "Tajik"), ("MNG", "Mongolia", "Mongolian"), ("HKG", "Hong Kong", "Hong Kong"),
    ];

    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, Country> _byAdjective;

    public CountryCatalog(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var all = countries.ToList();
        var known = all.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        all.AddRange(Fallback.Where(f => !known.Contains(f.Code)).Select(f => new Country(f.Code, f.Name, [], [f.Adjective], [], null)));
        Countries = all;
        var names = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var adjectives = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in all)
        {
            names.TryAdd(country.Code, country);
            names.TryAdd(country.Name, country);
            foreach (var alias in country.Aliases)
            {
                // "Washington" and "London" stand for governments in news; "the US" for the country.
                names.TryAdd(StripThe(alias), country);
            }
            foreach (var adjective in country.Adjectives.Concat(country.Demonyms))
            {
                adjectives.TryAdd(StripThe(adjective), country);
            }
        }
        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byAdjective = adjectives.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        MaxNameWords = names.Keys.Concat(adjectives.Keys).Max(k => k.Split(' ').Length);
    }

    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The most words a country name or adjective has ("Bosnia and Herzegovina").</summary>
    public int MaxNameWords { get; }

    /// <summary>A catalogue with only the built-in table; for tests and for running without data files.</summary>
    public static CountryCatalog Empty { get; } = new([]);

    public bool TryByName(string name, out Country country) => _byName.TryGetValue(StripThe(name), out country!);

    public bool TryByAdjective(string adjective, out Country country) => _byAdjective.TryGetValue(adjective, out country!);

    /// <summary>By name or adjective: "Poland", "Polish", "the UK", "British".</summary>
    public bool TryFind(string text, out Country country) => TryByName(text, out country) || TryByAdjective(text, out country);

    public static CountryCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    public static CountryCatalog Parse(string json, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var list = new List<Country>();
            foreach (var entry in document.RootElement.GetProperty("countries").EnumerateArray())
            {
                list.Add(new Country(
                    entry.GetProperty("code").GetString() ?? throw new InvalidDataException($"{origin}: a country has no code"),
                    entry.GetProperty("name").GetString() ?? "",
                    Strings(entry, "aliases"),
                    Strings(entry, "adjectives"),
                    Strings(entry, "demonyms"),
                    entry.TryGetProperty("capital", out var capital) && capital.ValueKind == JsonValueKind.String ? capital.GetString() : null,
                    Strings(entry, "groups")));
            }
            return new CountryCatalog(list);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }

    internal static IReadOnlyList<string> Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString()).OfType<string>().ToList()
            : [];

    private static string StripThe(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
}
