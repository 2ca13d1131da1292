using StanceTracker.Core.Attribution;

namespace StanceTracker.Web.Components.Presentation;

/// <summary>Office codes in words, for people reading the dashboard.</summary>
public static class OfficeNames
{
    /// <summary>The offices a leader can be filtered by, most senior first.</summary>
    public static IReadOnlyList<string> Filterable { get; } =
    [
        Offices.HeadOfState, Offices.HeadOfGovernment, Offices.ForeignMinister, Offices.DefenceMinister, Offices.Minister,
        Offices.Spokesperson, Offices.Ambassador, Offices.Envoy, Offices.Adviser, Offices.OrganisationHead, Offices.Official,
        Offices.Legislator, Offices.Institution,
    ];

    public static string Label(string? office) => office switch
    {
        null or "" => "no known office",
        Offices.HeadOfState => "head of state",
        Offices.HeadOfGovernment => "head of government",
        Offices.ForeignMinister => "foreign minister",
        Offices.DefenceMinister => "defence minister",
        Offices.Minister => "minister",
        Offices.Spokesperson => "spokesperson",
        Offices.Ambassador => "ambassador",
        Offices.Envoy => "envoy",
        Offices.Adviser => "adviser",
        Offices.OrganisationHead => "head of an organisation",
        Offices.Official => "official",
        Offices.Legislator => "legislator",
        Offices.Institution => "institution",
        _ => office.Replace('-', ' '),
    };
}
