using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Extraction, attribution and (optionally) classification of one article. Holds only immutable collaborators, so one
/// instance serves the parallel ingest pipeline. Title statements carry offsets 0..0: the title is not in the body.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly StatementExtractor extractor;
    private readonly SpeakerResolver resolver;
    private readonly IStatementClassifier? classifier;

    public ArticleAnalyzer(ActorCatalog catalog, IStatementClassifier? classifier = null, StatementExtractor? extractor = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.extractor = extractor ?? new StatementExtractor();
        resolver = new SpeakerResolver(catalog);
        this.classifier = classifier;
        Version = classifier is null ? $"extract:{StatementExtractor.Version}" : $"extract:{StatementExtractor.Version}+classify:{classifier.Version}";
    }

    public string Version { get; }

    public AnalysedArticle Analyse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var extraction = extractor.Extract(article.Title, article.Body);
        var speakers = resolver.Resolve(extraction, article.PublishedDate);
        var kept = new List<(StatementCandidate Candidate, Speaker Speaker)>();
        for (var i = 0; i < speakers.Count; i++)
        {
            if (speakers[i] is { } speaker)
            {
                kept.Add((extraction.Statements[i], speaker));
            }
        }
        IReadOnlyList<IReadOnlyList<PositionClaim>>? positions = null;
        if (classifier is not null && kept.Count > 0)
        {
            var inputs = kept.Select(k => new ClassificationInput(k.Candidate.Text, Context(extraction, k.Candidate))).ToList();
            positions = classifier.Classify(inputs);
            if (positions.Count != inputs.Count)
            {
                throw new InvalidOperationException($"classifier {classifier.Version} returned {positions.Count} results for {inputs.Count} statements");
            }
        }
        var statements = kept.Select((k, i) => new Statement(k.Speaker, k.Candidate.Text, k.Candidate.Kind, k.Candidate.Start, k.Candidate.End, positions?[i] ?? [])).ToList();
        return new AnalysedArticle(article, statements);
    }

    /// <summary>The sentence before the statement (the title for the first), so "opposed the idea" can borrow a topic.</summary>
    private static string? Context(ExtractionResult extraction, StatementCandidate candidate)
    {
        if (candidate.FromTitle)
        {
            return null;
        }
        string? previous = null;
        foreach (var sentence in extraction.Layout.Sentences)
        {
            if (sentence.End > candidate.Start)
            {
                break;
            }
            previous = extraction.Layout.Slice(sentence.Start, sentence.End);
        }
        return previous;
    }
}
