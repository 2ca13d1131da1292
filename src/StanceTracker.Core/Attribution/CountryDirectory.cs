namespace StanceTracker.Core.Attribution;

/// <summary>
/// Country names and memberships (EU, NATO, G7, G20 ...) from data/countries.json, so views can show "Poland" rather
/// than "POL" and filter by region. A code the file does not know is shown as it is.
/// </summary>
public sealed class CountryDirectory
{
    private readonly Dictionary<string, Country> _byCode;

    public CountryDirectory(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        _byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            _byCode[country.Code] = country;
        }
        All = _byCode.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        Regions = All.SelectMany(c => c.Groups ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public static CountryDirectory Empty { get; } = new([]);

    /// <summary>Every known country, by name.</summary>
    public IReadOnlyList<Country> All { get; }

    public Country? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The country's name, or the code itself when the directory does not know it.</summary>
    public string Name(string code) => Find(code)?.Name ?? code;

    /// <summary>Every group some country belongs to (EU, NATO, G7 ...), in order: the regions views can filter by.</summary>
    public IReadOnlyList<string> Regions { get; }

    public bool IsRegion(string region) => Regions.Contains(region, StringComparer.OrdinalIgnoreCase);

    public bool InRegion(string code, string region) => Find(code)?.IsIn(region) == true;

    /// <summary>Codes of the countries in <paramref name="group"/> (EU, NATO, G7, G20 ...).</summary>
    public IReadOnlyList<string> Members(string group) =>
        All.Where(c => c.IsIn(group)).Select(c => c.Code).ToList();

    /// <summary>Parses the file (the same reader attribution uses); a problem is reported as <see cref="InvalidDataException"/> naming the file.</summary>
    public static CountryDirectory Parse(string json, string origin) =>
        new(CountryCatalog.Parse(json, origin).Countries.Where(c => !string.IsNullOrWhiteSpace(c.Code)));

    /// <summary>The directory in <paramref name="path"/>, or an empty one when the file is missing (codes are then shown as they are).</summary>
    public static CountryDirectory Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;
}
