namespace StanceTracker.Core.Attribution;

public enum ActorKind
{
    Person,
    Institution,
}

/// <summary>
/// Offices that speak for a country or organisation. Seniority (for a country's position) follows the order:
/// heads of state and government first, then foreign and defence ministers, then everyone else.
/// </summary>
public static class Offices
{
    public const string HeadOfState = "head-of-state";
    public const string HeadOfGovernment = "head-of-government";
    public const string ForeignMinister = "foreign-minister";
    public const string DefenceMinister = "defence-minister";
    public const string Minister = "minister";
    public const string Spokesperson = "spokesperson";
    public const string Ambassador = "ambassador";
    public const string Envoy = "envoy";
    public const string Adviser = "adviser";
    public const string OrganisationHead = "organisation-head";
    public const string Official = "official";
    public const string Legislator = "legislator";
    public const string Institution = "institution";

    /// <summary>A news outlet or agency reporting ("the Washington Post reported"): a source of the statement, not a speaker who takes positions.</summary>
    public const string Media = "media";

    /// <summary>An unnamed source ("a source close to the talks", "AFP's source"): reported, but not tracked as a speaker.</summary>
    public const string AnonymousSource = "anonymous-source";

    /// <summary>False for outlets and anonymous sources: the codebook tracks no positions for them.</summary>
    public static bool TakesPositions(string? office) => office is not (Media or AnonymousSource);

    /// <summary>Lower is more senior.</summary>
    public static int Seniority(string office) => office switch
    {
        HeadOfState or HeadOfGovernment or OrganisationHead => 0,
        ForeignMinister or DefenceMinister => 1,
        Institution => 2,
        Minister or Spokesperson or Envoy or Ambassador or Adviser => 3,
        _ => 4,
    };

    /// <summary>Below every sitting official: someone whose office has since passed to another.</summary>
    public const int FormerOfficeHolder = 5;
}

/// <summary>An office held for a time. <see cref="End"/> null means still in office.</summary>
/// <param name="Office">One of <see cref="Offices"/>.</param>
/// <param name="Title">The title as news writes it: "Prime Minister", "Chancellor", "Foreign Minister", "Secretary of State".</param>
/// <param name="Country">ISO 3166-1 alpha-3, or NATO, EU, UN for the organisations.</param>
public sealed record OfficeTerm(string Office, string Title, string Country, DateOnly? Start, DateOnly? End)
{
    public bool Covers(DateOnly date) => (Start is null || Start <= date) && (End is null || date <= End);
}

/// <summary>A speaker the catalogue knows: a person or an institution that speaks as such ("the Kremlin").</summary>
/// <param name="Id">Stable slug: "keir-starmer", "kremlin".</param>
/// <param name="Name">Canonical full name: "Keir Starmer", "the Kremlin".</param>
/// <param name="Country">The country or organisation the actor speaks for by default.</param>
/// <param name="Gender">"m", "f" or null; used to resolve pronouns.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string Country,
    string? Gender,
    string? WikidataId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeTerm> Terms)
{
    public IEnumerable<OfficeTerm> TermsOn(DateOnly date) => Terms.Where(t => t.Covers(date));
}
