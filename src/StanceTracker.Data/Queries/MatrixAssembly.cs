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

    /// <summary>
    /// The matrix in the window and, when <paramref name="withLastKnown"/>, with no window, from one read of every
    /// actor's latest day on or before the date (<paramref name="latestDays"/>, unbounded): an actor's latest day in the
    /// window is their latest day overall when that falls in the window, so the windowed matrix is a filter of the rows.
    /// </summary>
    /// <param name="speakerNames">Reads the speaker names of the given statements.</param>
    public static MatrixWithLastKnown Views(
        DateOnly asOf, DateOnly from, IReadOnlyList<Topic> topics, IEnumerable<EvidenceRow> latestDays, OfficeTermIndex terms,
        bool withLastKnown, Func<long[], IReadOnlyDictionary<long, string>> speakerNames)
    {
        var rows = latestDays.ToList();
        var inWindow = CountryPositions(asOf, rows.Where(r => r.Day >= from), terms);
        var lastKnown = withLastKnown ? CountryPositions(asOf, rows, terms) : inWindow;
        var names = speakerNames(DecidingStatements(inWindow.Concat(lastKnown)));
        var windowView = View(asOf, topics, inWindow, names);
        return new MatrixWithLastKnown(windowView, withLastKnown ? View(asOf, topics, lastKnown, names) : windowView);
    }

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
