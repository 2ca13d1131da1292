namespace StanceTracker.Data.Queries;

/// <summary>A classifier version and how many stored positions it decided.</summary>
public sealed record ModelVersionCount
{
    public string Version { get; init; } = "";
    public long Positions { get; init; }
}

/// <summary>Which model versions decided the stored positions, the most used first: each position records its own.</summary>
public interface IModelVersionQuery
{
    IReadOnlyList<ModelVersionCount> Get();
}
