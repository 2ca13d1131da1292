using StanceTracker.Core.Classification;
using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>
/// The engine-neutral half of every engine's matrix query: the window, the country rule over the rows the engine read,
/// and the view built from the winners. Each engine only reads rows; what they mean is decided here and in Core.
/// </summary>
internal static class MatrixAssembly
{
    /// <summary>The position rules with the window a view asks for; the default window when none is given.</summary>
    public static PositionRules Rules(int? windowDays)
    {
        var rules = windowDays is { } days ? PositionRules.Default with { WindowDays = days } : PositionRules.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(rules.WindowDays);
        return rules;
    }

    /// <summary>The first day of the window of <paramref name="rules"/> that ends on <paramref name="asOf"/>.</summary>
    public static DateOnly WindowStart(DateOnly asOf, PositionRules rules) =>
        asOf.DayNumber - rules.WindowDays >= DateOnly.MinValue.DayNumber ? asOf.AddDays(-rules.WindowDays) : DateOnly.MinValue;

    /// <summary>Each country's position on each topic, by the seniority rule over every actor's latest day in the window.</summary>
    public static IReadOnlyList<CountryPosition> CountryPositions(DateOnly asOf, IEnumerable<EvidenceRow> latestDays, OfficeTermIndex terms) =>
        PositionCalculator.CountriesAsOf(latestDays.Select(r => new ActorPosition(r.ActorKey, r.TopicId, asOf, terms.Apply(r.ToEvidence()))).ToList());

    /// <summary>The statements that decide a cell: the only ones whose speaker names the view needs.</summary>
    public static long[] DecidingStatements(IEnumerable<CountryPosition> positions) =>
        positions.Select(p => p.Winner.Evidence.StatementId).Distinct().ToArray();

    /// <param name="names">Speaker names by statement id; a missing one shows the actor key.</param>
    public static MatrixView View(DateOnly asOf, IReadOnlyList<Topic> topics, IEnumerable<CountryPosition> positions, IReadOnlyDictionary<long, string> names)
    {
        var cells = positions
            .Select(p => MatrixCell.From(p) with { SpeakerName = names.GetValueOrDefault(p.Winner.Evidence.StatementId, p.Winner.ActorKey) })
            .OrderBy(c => c.Country, StringComparer.Ordinal)
            .ThenBy(c => c.TopicId, StringComparer.Ordinal)
            .ToList();
        var countries = cells.Select(c => c.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new MatrixView(asOf, topics, countries, cells);
    }
}
