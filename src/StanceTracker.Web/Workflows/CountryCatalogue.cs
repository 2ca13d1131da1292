using System.Text.Json;
using System.Text.Json.Serialization;

namespace StanceTracker.Web.Workflows;

/// <summary>A country or organisation of <c>data/countries.json</c>, with the groups it belongs to (EU, NATO, G7 ...).</summary>
public sealed record CountryInfo(string Code, string Name, IReadOnlyList<string> Groups);

/// <summary>Country names and groups, for labels and the region filter. Empty when the file is missing.</summary>
public sealed class CountryCatalogue
{
    private readonly Dictionary<string, CountryInfo> _byCode;

    public CountryCatalogue(IEnumerable<CountryInfo> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        _byCode = countries.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        Regions = _byCode.Values.SelectMany(c => c.Groups).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Regions { get; }

    public string NameOf(string? code) => code is not null && _byCode.TryGetValue(code, out var country) ? country.Name : code ?? "";

    public bool IsRegion(string region) => Regions.Contains(region, StringComparer.OrdinalIgnoreCase);

    public bool InRegion(string code, string region) =>
        _byCode.TryGetValue(code, out var country) && country.Groups.Contains(region, StringComparer.OrdinalIgnoreCase);

    public static CountryCatalogue Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "countries.json");
        if (!File.Exists(path))
        {
            return new CountryCatalogue([]);
        }
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CountriesFile>(stream);
        return new CountryCatalogue((file?.Countries ?? []).Select(c => new CountryInfo(c.Code, c.Name, c.Groups ?? [])));
    }

    private sealed class CountriesFile
    {
        [JsonPropertyName("countries")] public List<CountryEntry>? Countries { get; init; }
    }

    private sealed class CountryEntry
    {
        [JsonPropertyName("code")] public string Code { get; init; } = "";
        [JsonPropertyName("name")] public string Name { get; init; } = "";
        [JsonPropertyName("groups")] public List<string>? Groups { get; init; }
    }
}
