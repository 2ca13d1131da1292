using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StanceTracker.Core.Attribution;

/// <summary>
/// The actors StanceTracker knows (data/actors.json), indexed by alias and surname (accents and case folded, so
/// "Sergei Lavrov", "Sergey Lavrov" and "Lavrov" meet), and by office per country over time, so "the German
/// chancellor" finds whoever held the office on the article's date. Immutable and thread-safe.
/// </summary>
public sealed class ActorCatalog
{
    private readonly FrozenDictionary<string, Actor[]> _byAlias;
    private readonly FrozenDictionary<string, (Actor Actor, OfficeTerm Term)[]> _byOffice;

    public ActorCatalog(IEnumerable<Actor> actors, CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(countries);
        Actors = actors.ToList();
        Countries = countries;
        var aliases = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        var offices = new Dictionary<string, List<(Actor, OfficeTerm)>>(StringComparer.Ordinal);
        foreach (var actor in Actors)
        {
            foreach (var alias in actor.Aliases.Append(actor.Name).Select(Fold).Distinct())
            {
                if (alias.Length == 0)
                {
                    continue;
                }
                if (!aliases.TryGetValue(alias, out var list))
                {
                    aliases[alias] = list = [];
                }
                list.Add(actor);
                MaxAliasWords = Math.Max(MaxAliasWords, alias.Count(c => c == ' ') + 1);
            }
            foreach (var term in actor.Terms)
            {
                var key = OfficeKey(term.Country, term.Title);
                if (!offices.TryGetValue(key, out var list))
                {
                    offices[key] = list = [];
                }
                list.Add((actor, term));
            }
        }
        _byAlias = aliases.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal);
        _byOffice = offices.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Actor> Actors { get; }

    public CountryCatalog Countries { get; }

    public int MaxAliasWords { get; }

    public static ActorCatalog Empty { get; } = new([], CountryCatalog.Empty);

    /// <summary>Actors with this alias ("Lavrov", "Sir Keir Starmer", "the Kremlin"), ignoring case and accents.</summary>
    public IReadOnlyList<Actor> ByAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return _byAlias.TryGetValue(Fold(alias), out var found) ? found : [];
    }

    /// <summary>Who held <paramref name="title"/> ("Chancellor", "foreign minister") for <paramref name="country"/> on the date.</summary>
    public (Actor Actor, OfficeTerm Term)? HolderOn(string country, string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(country);
        ArgumentNullException.ThrowIfNull(title);
        foreach (var candidate in TitleVariants(title))
        {
            if (_byOffice.TryGetValue(OfficeKey(country, candidate), out var holders))
            {
                foreach (var (actor, term) in holders)
                {
                    if (term.Covers(date))
                    {
                        return (actor, term);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Who spoke for the country among leaders on the date ("leaders of the United States, Germany and France"): the
    /// president where the presidency runs foreign policy, else the head of government.
    /// </summary>
    public (Actor Actor, OfficeTerm Term)? LeaderOn(string country, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(country);
        var offices = ExecutivePresidencies.Contains(country) ? new[] { "President", "Prime Minister" } : ["Prime Minister", "Chancellor", "Taoiseach", "President"];
        foreach (var title in offices)
        {
            if (_byOffice.TryGetValue(OfficeKey(country, title), out var holders) && holders.FirstOrDefault(h => h.Term.Covers(date)) is { Actor: not null } holder)
            {
                return holder;
            }
        }
        return null;
    }

    // Countries whose president, not the prime minister, represents them among leaders.
    private static readonly FrozenSet<string> ExecutivePresidencies = new[]
    {
        "USA", "FRA", "UKR", "RUS", "TUR", "BRA", "KOR", "ZAF", "MEX", "ARG", "IDN", "BLR", "KAZ", "AZE", "ROU", "LTU", "CYP", "CHN", "IRN",
        "EGY", "PHL", "COL", "CHL", "NGA", "KEN", "UZB", "TKM", "TJK", "KGZ", "VEN", "PER", "ECU", "SRB",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Everyone, in any country, who held exactly this title on the date: "Pope" has one holder, "President" many.</summary>
    public IReadOnlyList<(Actor Actor, OfficeTerm Term)> HoldersOn(string title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(title);
        var suffix = "|" + NormaliseTitle(title);
        return _byOffice
            .Where(kv => kv.Key.EndsWith(suffix, StringComparison.Ordinal))
            .SelectMany(kv => kv.Value)
            .Where(h => h.Term.Covers(date))
            .ToList();
    }

    /// <summary>True when a catalogue title is the office a text's title names: "Chancellor" for "chancellor", "Prime Minister" for "premier".</summary>
    public static bool TitleMatches(string catalogueTitle, string textTitle)
    {
        ArgumentNullException.ThrowIfNull(catalogueTitle);
        ArgumentNullException.ThrowIfNull(textTitle);
        var wanted = NormaliseTitle(catalogueTitle);
        return TitleVariants(textTitle).Any(v => NormaliseTitle(v) == wanted);
    }

    /// <summary>
    /// True for a title that names no one office but whichever leads ("leader", "head of government"): it may mean any
    /// of the offices <see cref="TitleMatches"/> lists for it, where a specific title means only itself.
    /// </summary>
    public static bool IsGenericTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return NormaliseTitle(title) is "leader" or "head of state" or "head of government" or "government head";
    }

    /// <summary>True when the two titles are written the same way, ignoring case, accents and defense/defence.</summary>
    public static bool SameTitle(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return NormaliseTitle(a) == NormaliseTitle(b);
    }

    /// <summary>True when some actor ever held this title for the country: the phrase is a real office, even if vacant in the catalogue on the date.</summary>
    public bool IsOffice(string country, string title) => TitleVariants(title).Any(t => _byOffice.ContainsKey(OfficeKey(country, t)));

    /// <summary>Lower case, accents removed, punctuation to spaces; spelling variants (Sergei/Sergey) meet through aliases.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '.')
            {
                // "O'Brien" and "U.S." fold without a break.
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    private static string OfficeKey(string country, string title) => country.ToUpperInvariant() + "|" + NormaliseTitle(title);

    private static string NormaliseTitle(string title) =>
        Fold(title).Replace("defense", "defence", StringComparison.Ordinal).Replace("secretary general", "secretary-general", StringComparison.Ordinal);

    // News writes one office many ways; the catalogue holds one title per term.
    private static IEnumerable<string> TitleVariants(string title)
    {
        yield return title;
        var folded = NormaliseTitle(title);
        switch (folded)
        {
            case "premier" or "pm" or "prime minister" or "head of government" or "leader" or "government head":
                yield return "Prime Minister";
                yield return "Chancellor";
                yield return "Premier";
                yield return "Taoiseach";
                yield return "President";
                break;
            case "foreign minister" or "foreign secretary" or "secretary of state" or "top diplomat" or "minister of foreign affairs" or "foreign affairs minister":
                yield return "Foreign Minister";
                yield return "Foreign Secretary";
                yield return "Secretary of State";
                break;
            case "defence minister" or "defence secretary" or "secretary of defence" or "minister of defence" or "defence chief" or "secretary of war":
                yield return "Defence Minister";
                yield return "Defence Secretary";
                yield return "Secretary of Defense";
                yield return "Secretary of War";
                break;
            case "president" or "head of state":
                yield return "President";
                break;
            case "chancellor":
                yield return "Chancellor";
                break;
            case "spokesman" or "spokeswoman" or "spokesperson":
                yield return "Kremlin spokesman";
                yield return "Government spokesman";
                yield return "Government spokeswoman";
                break;
            default:
                break;
        }
    }

    public static ActorCatalog Load(string actorsPath, string countriesPath)
    {
        ArgumentNullException.ThrowIfNull(actorsPath);
        ArgumentNullException.ThrowIfNull(countriesPath);
        var countries = File.Exists(countriesPath) ? CountryCatalog.Load(countriesPath) : CountryCatalog.Empty;
        return new ActorCatalog(ParseActors(File.ReadAllText(actorsPath), actorsPath), countries);
    }

    public static IReadOnlyList<Actor> ParseActors(string json, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var result = new List<Actor>();
            foreach (var entry in document.RootElement.GetProperty("actors").EnumerateArray())
            {
                var id = entry.GetProperty("id").GetString() ?? throw new InvalidDataException($"{origin}: an actor has no id");
                var terms = new List<OfficeTerm>();
                if (entry.TryGetProperty("terms", out var termList) && termList.ValueKind == JsonValueKind.Array)
                {
                    foreach (var term in termList.EnumerateArray())
                    {
                        terms.Add(new OfficeTerm(
                            term.GetProperty("office").GetString() ?? Offices.Official,
                            term.GetProperty("title").GetString() ?? "",
                            term.GetProperty("country").GetString() ?? "",
                            Date(term, "start"),
                            Date(term, "end")));
                    }
                }
                result.Add(new Actor(
                    id,
                    entry.GetProperty("name").GetString() ?? id,
                    string.Equals(entry.GetProperty("kind").GetString(), "institution", StringComparison.OrdinalIgnoreCase) ? ActorKind.Institution : ActorKind.Person,
                    entry.GetProperty("country").GetString() ?? "",
                    entry.TryGetProperty("gender", out var gender) && gender.ValueKind == JsonValueKind.String ? gender.GetString() : null,
                    entry.TryGetProperty("wikidata", out var wikidata) && wikidata.ValueKind == JsonValueKind.String ? wikidata.GetString() : null,
                    CountryCatalog.Strings(entry, "aliases"),
                    terms));
            }
            return result;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }

    private static DateOnly? Date(JsonElement term, string property) =>
        term.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? IsoDate.Parse(value.GetString()!)
            : null;
}
