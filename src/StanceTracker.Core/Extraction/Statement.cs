using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Extraction;

public enum StatementKind
{
    Direct,
    Indirect,
    Mixed,
}

/// <summary>Who made a statement, as resolved. <see cref="ActorId"/> is null for a speaker not in the catalogue.</summary>
/// <param name="Role">The title held on the article's date, as news writes it ("Prime Minister").</param>
/// <param name="Office">The office code (<see cref="Attribution.Offices"/>) held on that date, when known: it ranks speakers for a country's position.</param>
public sealed record Speaker(string Name, string? ActorId, string? Country, string? Role, string? Office = null);

/// <summary>A position a statement takes on one topic.</summary>
public sealed record PositionClaim(string TopicId, Stance Stance, double Confidence, string ModelVersion, bool NeedsReview = false);

/// <summary>A span of an article in which a speaker says something; offsets are into <c>Article.Body</c>.</summary>
public sealed record Statement(
    Speaker Speaker,
    string Text,
    StatementKind Kind,
    int Start,
    int End,
    IReadOnlyList<PositionClaim> Positions);

/// <summary>An article with everything the pipeline found in it: the unit the store saves in one transaction.</summary>
/// <param name="ClassifiedBy">The classifier version that gave the positions; null when the article was not classified.</param>
public sealed record AnalysedArticle(Articles.Article Article, IReadOnlyList<Statement> Statements, string? ClassifiedBy = null);
