using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;

namespace StanceTracker.Core.Analysis;

/// <summary>A span of an article in which a speaker says something; offsets are into <c>Article.Body</c>.</summary>
public sealed record Statement(
    Speaker Speaker,
    string Text,
    StatementKind Kind,
    int Start,
    int End,
    IReadOnlyList<PositionClaim> Positions);

/// <summary>An article with everything the pipeline found in it: the unit the store saves in one transaction.</summary>
/// <param name="ClassifiedBy">What gave the positions (<see cref="IArticleAnalyzer.ClassifiedBy"/>); null when the article was not classified.</param>
public sealed record AnalysedArticle(Article Article, IReadOnlyList<Statement> Statements, string? ClassifiedBy = null);
