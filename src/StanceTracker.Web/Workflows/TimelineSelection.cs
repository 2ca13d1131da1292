using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Data.Queries;
using StanceTracker.Web.Components.Presentation;

namespace StanceTracker.Web.Workflows;

/// <summary>One subject of a timeline comparison: its display name and its positions.</summary>
public sealed record TimelineSubject(string Name, Timeline Timeline)
{
    public LaneSubject ToLane() => new(Name, Timeline.Steps.Select(s => s.Evidence).ToList(), Timeline.Shifts);
}

/// <summary>
/// What a timeline address (<c>topic</c>, <c>actors</c>, <c>countries</c>) selects, resolved once for the page and its
/// embeddable view: actor tokens may be keys, catalogue ids or names; subjects without positions are named as not found.
/// </summary>
public sealed record TimelineSelection(
    Topic Topic,
    IReadOnlyList<LeaderSummary> Speakers,
    IReadOnlyList<string> ActorKeys,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<TimelineSubject> Subjects,
    IReadOnlyList<string> Unresolved)
{
    public static TimelineSelection Resolve(
        Topic topic, string? actors, string? countries, ITimelineQuery timelines, ILeaderQuery leaders, CountryDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(leaders);
        ArgumentNullException.ThrowIfNull(directory);
        var speakers = leaders.SpeakersOn(topic.Id);
        var unresolved = new List<string>();
        var actorKeys = ResolveActors(Split(actors), speakers, timelines, unresolved);
        var countryCodes = Split(countries).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

        var subjects = new List<TimelineSubject>();
        foreach (var key in actorKeys)
        {
            subjects.Add(new TimelineSubject(ActorName(speakers, key), timelines.ForActor(key, topic.Id)));
        }
        foreach (var code in countryCodes)
        {
            subjects.Add(new TimelineSubject(directory.Name(code), timelines.ForCountry(code, topic.Id)));
        }
        unresolved.AddRange(subjects.Where(s => s.Timeline.Steps.Count == 0).Select(s => s.Name));
        subjects.RemoveAll(s => s.Timeline.Steps.Count == 0);
        return new TimelineSelection(topic, speakers, actorKeys, countryCodes, subjects, unresolved);
    }

    /// <summary>The address parameters that reopen this selection, keys resolved: for links to the API and the embeddable view.</summary>
    public string Query(bool csv = false)
    {
        var parts = new List<string> { $"{QueryNames.Topic}={Uri.EscapeDataString(Topic.Id)}" };
        if (ActorKeys.Count > 0)
        {
            parts.Add($"{QueryNames.Actors}={Uri.EscapeDataString(string.Join(',', ActorKeys))}");
        }
        if (CountryCodes.Count > 0)
        {
            parts.Add($"{QueryNames.Countries}={Uri.EscapeDataString(string.Join(',', CountryCodes))}");
        }
        if (csv)
        {
            parts.Add($"{QueryNames.Format}=csv");
        }
        return string.Join('&', parts);
    }

    /// <summary>"Stance on Troops in Ukraine: France, Germany": what the chart, its citation and its embed are called.</summary>
    public string Title => Subjects.Count == 0 ? $"Stance on {Topic.Label}" : $"Stance on {Topic.Label}: {string.Join(", ", Subjects.Select(s => s.Name))}";

    /// <summary>The last date any subject took a position: what the data reaches.</summary>
    public DateOnly? Latest => Subjects.SelectMany(s => s.Timeline.Steps).Select(s => (DateOnly?)s.Date).Max();

    public string ActorName(string? key) => ActorName(Speakers, key);

    private static string ActorName(IReadOnlyList<LeaderSummary> speakers, string? key)
    {
        var speaker = speakers.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
        return speaker is null ? key ?? "" : speaker.Country is null ? speaker.Name : $"{speaker.Name} ({speaker.Country})";
    }

    /// <summary>Keys the topic's speakers use as they are; anything else is looked up as a name, alias or id.</summary>
    private static List<string> ResolveActors(IEnumerable<string> tokens, IReadOnlyList<LeaderSummary> speakers, ITimelineQuery timelines, List<string> unresolved)
    {
        var known = speakers.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var token in tokens)
        {
            if (known.Contains(token))
            {
                keys.Add(token);
                continue;
            }
            var found = timelines.FindActorKeys(token).Where(known.Contains).ToList();
            if (found.Count == 0)
            {
                unresolved.Add(token);
            }
            keys.AddRange(found);
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
