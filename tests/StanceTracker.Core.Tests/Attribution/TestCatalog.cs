using StanceTracker.Core.Attribution;

namespace StanceTracker.Core.Tests.Attribution;

/// <summary>A small hand-written catalogue, so attribution tests depend on no data file.</summary>
internal static class TestCatalog
{
    public static CountryCatalog Countries { get; } = new(
    [
        new Country("DEU", "Germany", ["Berlin"], ["German"], ["Germans"], "Berlin"),
        new Country("RUS", "Russia", ["Moscow", "the Russian Federation"], ["Russian"], ["Russians"], "Moscow"),
        new Country("POL", "Poland", [], ["Polish"], ["Poles"], "Warsaw"),
        new Country("USA", "United States", ["the United States", "the US", "US", "U.S."], ["American", "US", "U.S."], ["Americans"], "Washington"),
        new Country("FRA", "France", [], ["French"], [], "Paris"),
        new Country("GBR", "United Kingdom", ["UK", "Britain"], ["British", "UK"], ["Britons"], "London"),
    ]);

    private static OfficeTerm Term(string office, string title, string country, string? start, string? end) =>
        new(office, title, country, start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    public static ActorCatalog Catalog { get; } = new(
    [
        new Actor("olaf-scholz", "Olaf Scholz", ActorKind.Person, "DEU", "m", null, ["Olaf Scholz", "Scholz"],
            [Term(Offices.HeadOfGovernment, "Chancellor", "DEU", "2021-12-08", "2025-05-06")]),
        new Actor("friedrich-merz", "Friedrich Merz", ActorKind.Person, "DEU", "m", null, ["Friedrich Merz", "Merz"],
            [Term(Offices.HeadOfGovernment, "Chancellor", "DEU", "2025-05-06", null)]),
        new Actor("angela-merkel", "Angela Merkel", ActorKind.Person, "DEU", "f", null, ["Angela Merkel", "Merkel"],
            [Term(Offices.HeadOfGovernment, "Chancellor", "DEU", "2005-11-22", "2021-12-08")]),
        new Actor("emmanuel-macron", "Emmanuel Macron", ActorKind.Person, "FRA", "m", null, ["Emmanuel Macron", "Macron"],
            [Term(Offices.HeadOfState, "President", "FRA", "2017-05-14", null)]),
        new Actor("sergey-lavrov", "Sergey Lavrov", ActorKind.Person, "RUS", "m", null, ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"],
            [Term(Offices.ForeignMinister, "Foreign Minister", "RUS", "2004-03-09", null)]),
        new Actor("donald-tusk", "Donald Tusk", ActorKind.Person, "POL", "m", null, ["Donald Tusk", "Tusk"],
            [Term(Offices.HeadOfGovernment, "Prime Minister", "POL", "2023-12-13", null)]),
        new Actor("marco-rubio", "Marco Rubio", ActorKind.Person, "USA", "m", null, ["Marco Rubio", "Rubio"],
            [Term(Offices.ForeignMinister, "Secretary of State", "USA", "2025-01-21", null)]),
        new Actor("antony-blinken", "Antony Blinken", ActorKind.Person, "USA", "m", null, ["Antony Blinken", "Blinken"],
            [Term(Offices.ForeignMinister, "Secretary of State", "USA", "2021-01-26", "2025-01-20")]),
        new Actor("keir-starmer", "Keir Starmer", ActorKind.Person, "GBR", "m", null, ["Keir Starmer", "Sir Keir Starmer", "Starmer"],
            [Term(Offices.HeadOfGovernment, "Prime Minister", "GBR", "2024-07-05", null)]),
        new Actor("ursula-von-der-leyen", "Ursula von der Leyen", ActorKind.Person, "EU", "f", null, ["Ursula von der Leyen", "von der Leyen", "Von der Leyen"],
            [Term(Offices.OrganisationHead, "President of the European Commission", "EU", "2019-12-01", null)]),
        new Actor("bart-de-wever", "Bart De Wever", ActorKind.Person, "BEL", "m", null, ["Bart De Wever", "De Wever"],
            [Term(Offices.HeadOfGovernment, "Prime Minister", "BEL", "2025-02-03", null)]),
        new Actor("pope-francis", "Pope Francis", ActorKind.Person, "VAT", "m", null, ["Pope Francis"],
            [Term(Offices.HeadOfState, "Pope", "VAT", "2013-03-13", "2025-04-21")]),
        new Actor("wang-yi", "Wang Yi", ActorKind.Person, "CHN", "m", null, ["Wang Yi"],
            [Term(Offices.ForeignMinister, "Foreign Minister", "CHN", "2023-07-25", null)]),
        new Actor("gabriel-attal", "Gabriel Attal", ActorKind.Person, "FRA", "m", null, ["Gabriel Attal", "Attal"],
            [Term(Offices.HeadOfGovernment, "Prime Minister", "FRA", "2024-01-09", "2024-09-05")]),
        new Actor("kremlin", "the Kremlin", ActorKind.Institution, "RUS", null, null, ["Kremlin", "the Kremlin"],
            [Term(Offices.Institution, "Presidential Executive Office", "RUS", null, null)]),
        new Actor("russian-foreign-ministry", "the Russian Foreign Ministry", ActorKind.Institution, "RUS", null, null, ["Russian Foreign Ministry", "the Russian Foreign Ministry"],
            [Term(Offices.Institution, "Ministry of Foreign Affairs", "RUS", null, null)]),
        new Actor("maria-zakharova", "Maria Zakharova", ActorKind.Person, "RUS", "f", null, ["Maria Zakharova", "Zakharova"],
            [Term(Offices.Spokesperson, "Foreign Ministry Spokeswoman", "RUS", "2015-08-10", null)]),
        new Actor("downing-street", "Downing Street", ActorKind.Institution, "GBR", null, null, ["Downing Street", "No 10"],
            [Term(Offices.Institution, "Prime Minister's Office", "GBR", null, null)]),
    ], Countries);
}
