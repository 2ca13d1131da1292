using System.Globalization;
using StanceTracker.Core.Positions;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Presentation;

namespace StanceTracker.Web.Components.Pages.Matrix;

/// <summary>Why a cell holds what it holds, in the words an analyst would use to check it.</summary>
public static class RuleExplanation
{
    /// <param name="evidence">The cell's statements.</param>
    /// <param name="currentWindowDays">
    /// For a stale cell, the window in which the country said nothing; <paramref name="evidence"/> then reaches back
    /// without limit, to the last known position.
    /// </param>
    public static string Describe(CellEvidence evidence, int? currentWindowDays = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Winner is not { } winner)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"No statement: none of the country's speakers took a position on this topic in the {currentWindowDays ?? evidence.WindowDays} days up to {evidence.AsOf:d MMM yyyy}.");
        }
        if (currentWindowDays is { } window)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Last known position, not a current one: none of the country's speakers took a position on this topic in the {window} days up to {evidence.AsOf:d MMM yyyy}. The cell shows, faded, what {winner.SpeakerName} ({Office(winner, evidence.AsOf)}) said on {winner.Date:d MMM yyyy}, {GridCell.AgeInWords(evidence.AsOf.DayNumber - winner.Date.DayNumber)} earlier.");
        }
        var runnerUp = evidence.Others.Count > 0 ? evidence.Others[0] : null;
        return evidence.Rule switch
        {
            CountryRule.MostSenior when runnerUp is not null => string.Create(CultureInfo.InvariantCulture,
                $"Most senior speaker: the {Office(winner, evidence.AsOf)} ({winner.SpeakerName}) outranks the {Office(runnerUp, evidence.AsOf)} ({runnerUp.SpeakerName}); the most senior office holder's latest statement in the window stands for the country."),
            CountryRule.LatestAmongEquals when runnerUp is not null && runnerUp.Date == winner.Date => string.Create(CultureInfo.InvariantCulture,
                $"Latest among equally senior speakers: {winner.SpeakerName} and {runnerUp.SpeakerName} ({Office(winner, evidence.AsOf)}) spoke on the same day, {winner.Date:d MMM yyyy}; the reviewed or more confident reading wins."),
            CountryRule.LatestAmongEquals when runnerUp is not null => string.Create(CultureInfo.InvariantCulture,
                $"Latest among equally senior speakers: {winner.SpeakerName} ({Office(winner, evidence.AsOf)}) spoke on {winner.Date:d MMM yyyy}, after {runnerUp.SpeakerName} on {runnerUp.Date:d MMM yyyy}."),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"Only speaker in the last {evidence.WindowDays} days: {winner.SpeakerName} ({Office(winner, evidence.AsOf)}) is the only one of the country's speakers with a position on this topic between {evidence.From:d MMM yyyy} and {evidence.AsOf:d MMM yyyy}."),
        };
    }

    // A speaker who has since handed the office on is named as such: it is why a junior sitting official outranks them.
    private static string Office(CellStatement statement, DateOnly asOf)
    {
        var office = statement.Evidence.Office is { Length: > 0 } o ? OfficeNames.Label(o) : statement.Evidence.Role ?? OfficeNames.Label(null);
        return statement.Evidence.LeftOfficeBy(asOf) && statement.Evidence.OfficeUntil is { } until
            ? string.Create(CultureInfo.InvariantCulture, $"former {office}, out of office since {until:d MMM yyyy}")
            : office;
    }
}
