using StanceTracker.Core.Positions;

namespace StanceTracker.Data.Queries;

/// <summary>The engine-neutral half of every engine's cell query: the country rule over the window's evidence, as the matrix applies it.</summary>
internal static class CellAssembly
{
    public static CellEvidence Build(string country, string topicId, DateOnly asOf, DateOnly from, PositionRules rules, IReadOnlyList<CellStatement> statements)
    {
        var byId = statements.GroupBy(s => s.StatementId).ToDictionary(g => g.Key, g => g.First());
        var actors = PositionCalculator.ActorsAsOf(statements.Select(s => s.Evidence), asOf, rules);
        if (PositionCalculator.CountryAsOf(country, topicId, actors) is not { } position)
        {
            return new CellEvidence(country, topicId, asOf, from, rules.WindowDays, null, null, false, [], []);
        }
        var winner = byId[position.Winner.Evidence.StatementId];
        var others = position.Others.Select(o => byId[o.Evidence.StatementId]).ToList();
        var shown = others.Select(o => o.StatementId).Append(winner.StatementId).ToHashSet();
        var earlier = statements.Where(s => !shown.Contains(s.StatementId)).ToList();
        return new CellEvidence(country, topicId, asOf, from, rules.WindowDays, winner, position.Rule, position.Disagreement, others, earlier);
    }
}
