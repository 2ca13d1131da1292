using Microsoft.AspNetCore.Mvc;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Positions;

namespace StanceTracker.Web.Workflows;

/// <summary>Whose shifts the "what changed" list shows: a country's are its winning positions', a leader's their own.</summary>
public enum ChangeSubjects
{
    All,
    Countries,
    Leaders,
}

/// <summary>What the "what changed" list shows, as read from an address; every value has been checked.</summary>
public sealed record ChangeFilter(DateOnly Since, string? Topic, string? Country, ShiftKind? Kind, ChangeSubjects Who);

/// <summary>The "what changed" list as it travels in an address: bound by the Atom feed with <c>[AsParameters]</c>, filled by the page.</summary>
public sealed record ChangesRequest
{
    [FromQuery(Name = QueryNames.Since)] public string? Since { get; init; }

    [FromQuery(Name = QueryNames.Topic)] public string? Topic { get; init; }

    /// <summary>ISO 3166-1 alpha-3 (or an organisation code): shifts of that country and of the people speaking for it.</summary>
    [FromQuery(Name = QueryNames.Country)] public string? Country { get; init; }

    /// <summary>reversal, softening, hardening or clarification.</summary>
    [FromQuery(Name = QueryNames.Kind)] public string? Kind { get; init; }

    /// <summary>countries, leaders, or all (the default).</summary>
    [FromQuery(Name = QueryNames.Who)] public string? Who { get; init; }

    /// <summary>
    /// The filter, with <paramref name="defaultSince"/> for an absent or invalid date; each value that is not valid is
    /// added to <paramref name="errors"/> and left out.
    /// </summary>
    public ChangeFilter ToFilter(DateOnly defaultSince, IReadOnlyCollection<string> topicIds, CountryDirectory countries, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(errors);
        var since = StatementRequest.ParseDate(Since, QueryNames.Since, errors) ?? defaultSince;

        var topic = Blank(Topic);
        if (topic is not null && !topicIds.Contains(topic))
        {
            errors.Add($"{QueryNames.Topic} '{topic}' is not a tracked topic");
            topic = null;
        }

        var country = Blank(Country)?.ToUpperInvariant();
        if (country is not null && countries.Find(country) is null)
        {
            errors.Add($"{QueryNames.Country} '{country}' is not a country code the catalogue knows");
            country = null;
        }

        ShiftKind? kind = null;
        if (Blank(Kind) is { } kindText)
        {
            if (Enum.TryParse<ShiftKind>(kindText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !kindText.Any(char.IsDigit))
            {
                kind = parsed;
            }
            else
            {
                errors.Add($"{QueryNames.Kind} '{kindText}' is not one of {string.Join(", ", Enum.GetNames<ShiftKind>().Select(n => n.ToLowerInvariant()))}");
            }
        }

        var who = ChangeSubjects.All;
        if (Blank(Who) is { } whoText && !(Enum.TryParse(whoText, ignoreCase: true, out who) && Enum.IsDefined(who) && !whoText.Any(char.IsDigit)))
        {
            errors.Add($"{QueryNames.Who} '{whoText}' is not one of all, countries, leaders");
            who = ChangeSubjects.All;
        }
        return new ChangeFilter(since, topic, country, kind, who);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
