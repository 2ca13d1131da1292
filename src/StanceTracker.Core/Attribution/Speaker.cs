namespace StanceTracker.Core.Attribution;

/// <summary>Who made a statement, as resolved. <see cref="ActorId"/> is null for a speaker not in the catalogue.</summary>
/// <param name="Role">The title held on the article's date, as news writes it ("Prime Minister").</param>
/// <param name="Office">The office code (<see cref="Offices"/>) held on that date, when known: it ranks speakers for a country's position.</param>
public sealed record Speaker(string Name, string? ActorId, string? Country, string? Role, string? Office = null);
