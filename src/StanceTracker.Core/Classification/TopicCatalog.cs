using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace StanceTracker.Core.Classification;

/// <summary>The taxonomy file (data/topics.json): an analyst can add topics without touching code.</summary>
public static partial class TopicCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses the taxonomy; a problem is reported as <see cref="InvalidDataException"/> naming the file and the topic.</summary>
    public static IReadOnlyList<Topic> Parse(string json, string origin)
    {
        TopicFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TopicFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: malformed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        if (file?.Topics is not { Count: > 0 } entries)
        {
            throw new InvalidDataException($"{origin}: no topics");
        }

        var topics = new List<Topic>(entries.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || !TopicIdPattern().IsMatch(entry.Id))
            {
                throw new InvalidDataException($"{origin}: topic #{index} has id '{entry.Id}', expected a lower-case slug such as 'troops-in-ukraine'");
            }
            if (!seen.Add(entry.Id))
            {
                throw new InvalidDataException($"{origin}: topic id '{entry.Id}' appears twice");
            }
            if (string.IsNullOrWhiteSpace(entry.Proposition))
            {
                throw new InvalidDataException($"{origin}: topic '{entry.Id}' has no proposition");
            }
            topics.Add(new Topic(
                entry.Id,
                string.IsNullOrWhiteSpace(entry.Label) ? entry.Id : entry.Label.Trim(),
                entry.Proposition.Trim(),
                entry.Description?.Trim() ?? "",
                entry.Cues ?? [],
                Evidence(entry, origin)));
        }
        return topics;
    }

    private static List<string> Evidence(TopicEntry entry, string origin)
    {
        var evidence = entry.Evidence ?? [];
        if (evidence.FirstOrDefault(term => string.IsNullOrWhiteSpace(term) || term.Trim() == "*") is { } bad)
        {
            throw new InvalidDataException($"{origin}: topic '{entry.Id}' has an empty evidence term ('{bad}')");
        }
        return evidence;
    }

    public static IReadOnlyList<Topic> Load(string path) => Parse(File.ReadAllText(path), path);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TopicIdPattern();

    private sealed class TopicFile
    {
        [JsonPropertyName("topics")]
        public List<TopicEntry>? Topics { get; set; }
    }

    private sealed class TopicEntry
    {
        public string Id { get; set; } = "";
        public string? Label { get; set; }
        public string Proposition { get; set; } = "";
        public string? Description { get; set; }
        public List<string>? Cues { get; set; }
        public List<string>? Evidence { get; set; }
    }
}
