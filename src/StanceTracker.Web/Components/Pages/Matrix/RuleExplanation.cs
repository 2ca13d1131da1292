using System.Globalization;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Presentation;

namespace StanceTracker.Web.Components.Pages.Matrix;

/// <summary>Why a cell holds what it holds, in the words an analyst would use to check it.</summary>
public static class RuleExplanation
{
    public static string Describe(CellEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Winner is not { } winner)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"No statement: none of the country's speakers took a position on this topic in the {evidence.WindowDays} days up to {evidence.AsOf:d MMM yyyy}.");
        }
        var runnerUp = evidence.Others.Count > 0 ? evidence.Others[0] : null;
        return evidence.Rule switch
        {
            CountryRule.MostSenior when runnerUp is not null => string.Create(CultureInfo.InvariantCulture,
                $"Most senior speaker: the {Office(winner)} ({winner.SpeakerName}) outranks the {Office(runnerUp)} ({runnerUp.SpeakerName}); the most senior office holder's latest statement in the window stands for the country."),
            CountryRule.LatestAmongEquals when runnerUp is not null && runnerUp.Date == winner.Date => string.Create(CultureInfo.InvariantCulture,
                $"Latest among equally senior speakers: {winner.SpeakerName} and {runnerUp.SpeakerName} ({Office(winner)}) spoke on the same day, {winner.Date:d MMM yyyy}; the reviewed or more confident reading wins."),
            CountryRule.LatestAmongEquals when runnerUp is not null => string.Create(CultureInfo.InvariantCulture,
                $"Latest among equally senior speakers: {winner.SpeakerName} ({Office(winner)}) spoke on {winner.Date:d MMM yyyy}, after {runnerUp.SpeakerName} on {runnerUp.Date:d MMM yyyy}."),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"Only speaker in the last {evidence.WindowDays} days: {winner.SpeakerName} ({Office(winner)}) is the only one of the country's speakers with a position on this topic between {evidence.From:d MMM yyyy} and {evidence.AsOf:d MMM yyyy}."),
        };
    }

    private static string Office(CellStatement statement) =>
        statement.Evidence.Office is { Length: > 0 } office ? OfficeNames.Label(office) : statement.Evidence.Role ?? OfficeNames.Label(null);
}
