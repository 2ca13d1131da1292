using System.Text.Json;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Storage;

/// <summary>A stored topic as every store reads it; the cues are kept as a JSON array.</summary>
internal sealed class TopicRow
{
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";
    public string Proposition { get; init; } = "";
    public string Description { get; init; } = "";
    public string Cues { get; init; } = "[]";

    public Topic ToTopic() => new(Id, Label, Proposition, Description, JsonSerializer.Deserialize<string[]>(Cues) ?? []);
}
