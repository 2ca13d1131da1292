
namespace StanceTracker.Data.Queries;

/// <summary>An actor to pick: from the catalogue, or a speaker already attributed in stored statements.</summary>
public sealed record ActorChoice
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Country { get; init; }
}

/// <summary>The actors and countries an analyst picks from in filters.</summary>
public interface ICatalogueQuery
{
    /// <summary>Catalogued actors whose id, name or alias contains <paramref name="text"/>; all of them (up to the limit) when it is empty.</summary>
    IReadOnlyList<ActorChoice> FindActors(string? text, int limit = 20);

    ActorChoice? Actor(string id);

    /// <summary>Every country a stored statement is credited to.</summary>
    IReadOnlyList<string> Countries();
}
