using System.Text.Json;
using System.Text.Json.Serialization;

namespace StanceTracker.Core.Attribution;

/// <summary>A country as data/countries.json lists it: ISO 3166-1 alpha-3 code, English name, and the groups it belongs to.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Groups)
{
    public bool IsIn(string group) => Groups.Contains(group, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Country names and memberships (EU, NATO, G7, G20 ...) from data/countries.json, so views can show "Poland" rather
/// than "POL" and filter by region. A code the file does not know is shown as it is.
/// </summary>
public sealed class CountryDirectory
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

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
    }

    public static CountryDirectory Empty { get; } = new([]);

    /// <summary>Every known country, by name.</summary>
    public IReadOnlyList<Country> All { get; }

    public Country? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The country's name, or the code itself when the directory does not know it.</summary>
    public string Name(string code) => Find(code)?.Name ?? code;

    /// <summary>Codes of the countries in <paramref name="group"/> (EU, NATO, G7, G20 ...).</summary>
    public IReadOnlyList<string> Members(string group) =>
        All.Where(c => c.IsIn(group)).Select(c => c.Code).ToList();

    /// <summary>Parses the file; a problem is reported as <see cref="InvalidDataException"/> naming the file.</summary>
    public static CountryDirectory Parse(string json, string origin)
    {
        CountryFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CountryFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: malformed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        var countries = (file?.Countries ?? [])
            .Where(c => !string.IsNullOrWhiteSpace(c.Code))
            .Select(c => new Country(c.Code.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(c.Name) ? c.Code : c.Name.Trim(), c.Groups ?? []));
        return new CountryDirectory(countries);
    }

    /// <summary>The directory in <paramref name="path"/>, or an empty one when the file is missing (codes are then shown as they are).</summary>
    public static CountryDirectory Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : Empty;

    private sealed class CountryFile
    {
        [JsonPropertyName("countries")]
        public List<CountryEntry>? Countries { get; set; }
    }

    private sealed class CountryEntry
    {
        public string Code { get; set; } = "";
        public string? Name { get; set; }
        public List<string>? Groups { get; set; }
    }
}
