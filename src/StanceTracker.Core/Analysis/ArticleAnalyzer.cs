using System.Text.RegularExpressions;
using StanceTracker.Core.Articles;
using StanceTracker.Core.Attribution;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Extraction;

namespace StanceTracker.Core.Analysis;

/// <summary>
/// Extraction, attribution and (optionally) classification of one article. Holds only immutable collaborators, so one
/// instance serves the parallel ingest pipeline. Title statements carry offsets 0..0: the title is not in the body.
/// </summary>
public sealed partial class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly StatementExtractor _extractor;
    private readonly SpeakerResolver _resolver;
    private readonly IStatementClassifier? _classifier;
    private readonly CountryCatalog _countries;
    private readonly TopicEvidence _evidence;

    /// <param name="evidence">The words each topic needs in a statement (from the taxonomy file); null: none checked.</param>
    public ArticleAnalyzer(ActorCatalog catalog, IStatementClassifier? classifier = null, StatementExtractor? extractor = null, TopicEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _extractor = extractor ?? new StatementExtractor();
        _resolver = new SpeakerResolver(catalog);
        _countries = catalog.Countries;
        _classifier = classifier;
        _evidence = evidence ?? TopicEvidence.None;
        ClassifiedBy = classifier is null ? null
            : !_evidence.ChecksAny ? classifier.Version
            : $"{classifier.Version}+evidence:{_evidence.Fingerprint}";
        Version = ClassifiedBy is null ? $"extract:{StatementExtractor.Version}" : $"extract:{StatementExtractor.Version}+classify:{ClassifiedBy}";
    }

    public string Version { get; }

    public string? ClassifiedBy { get; }

    /// <summary>What one article may cost; past a limit the article is refused with <see cref="ArticleRefusedException"/>.</summary>
    public AnalysisLimits Limits { get; init; } = AnalysisLimits.Default;

    public AnalysedArticle Analyse(Article article) => Analyse(article, CancellationToken.None);

    /// <summary>
    /// The extractor runs whole once started, so its cost is bounded from outside: the text is capped before it and
    /// the statements after it, and the deadline and <paramref name="cancellationToken"/> are checked between steps.
    /// </summary>
    /// <exception cref="ArticleRefusedException">The article breaks one of <see cref="Limits"/>.</exception>
    public AnalysedArticle Analyse(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var budget = new AnalysisBudget(Limits, cancellationToken);
        budget.CheckText(article.Title.Length + article.Body.Length);
        var extraction = _extractor.Extract(article.Title, article.Body);
        var office = PublishingOffice.Of(article);
        var ownWords = office is not null
            && (OwnWordsStatements.IsOwnWordsTitle(article.Title) || OwnWordsStatements.FirstPersonSentences(extraction.Layout) >= OwnWordsStatements.FirstPersonShare);
        extraction = OwnWordsStatements.Add(extraction, ownWords);
        budget.CheckStatements(extraction.Statements.Count);
        budget.Check("extraction");
        var speakers = _resolver.Resolve(extraction, new ArticleReading(article.PublishedDate, article.Title, office, ownWords));
        budget.Check("attribution");
        var kept = new List<(StatementCandidate Candidate, Speaker Speaker)>();
        for (var i = 0; i < speakers.Count; i++)
        {
            // "The leaders agreed ...": one statement for each who spoke together.
            foreach (var speaker in speakers[i])
            {
                kept.Add((extraction.Statements[i], speaker));
            }
        }
        kept = SplitCoordinatedClauses(CreditCountryHeadlines(kept));
        IReadOnlyList<IReadOnlyList<PositionClaim>>? positions = null;
        if (_classifier is not null && kept.Count > 0)
        {
            var sentenceStarts = extraction.Layout.Sentences.Select(sentence => sentence.Start).ToArray();
            var inputs = kept.Select(k => new ClassificationInput(k.Candidate.Text, Context(extraction, sentenceStarts, k.Candidate))).ToList();
            positions = ClassifyInBatches(_classifier, inputs, budget)
                .Select((claims, i) => WithEvidence(claims, inputs[i]))
                .ToList();
        }
        var statements = kept.Select((k, i) => new Statement(
            k.Speaker, k.Candidate.Text, k.Candidate.Kind, k.Candidate.Start, k.Candidate.End,
            IsSingleParty(k.Speaker) && Offices.TakesPositions(k.Speaker.Office) && !ReportsEarlierDate(k.Candidate.Text, article.PublishedDate) ? Withholding(k.Candidate, positions?[i] ?? []) : [])).ToList();
        return new AnalysedArticle(article, statements, ClassifiedBy);
    }

    /// <summary>
    /// What "it" or "the idea" in a statement refers to: the frame of its own sentence when that says more than who
    /// spoke ("On European nations possibly sending troops to Ukraine, Trump commented, 'I support it.'"), else the
    /// one right before; when it points back with a noun ("the debate"), the nearest of the <see cref="ContextLookBack"/>
    /// sentences before that names a tracked topic.
    /// </summary>
    /// <param name="sentenceStarts">The sentences' starts in order, searched by halves: scanning the sentences for
    /// every statement made an article's cost grow with the square of its length.</param>
    private string? Context(ExtractionResult extraction, int[] sentenceStarts, StatementCandidate candidate)
    {
        if (candidate.FromTitle)
        {
            return null;
        }
        var sentences = extraction.Layout.Sentences;
        // The first sentence ending after the statement's start: the last one starting at or before it, or the next.
        var at = Array.BinarySearch(sentenceStarts, candidate.Start);
        var index = at >= 0 ? at : Math.Max(0, ~at - 1);
        while (index < sentences.Count && sentences[index].End <= candidate.Start)
        {
            index++;
        }
        if (index < sentences.Count && sentences[index].Start < candidate.Start)
        {
            var sentence = sentences[index];
            var frame = extraction.Layout.Slice(sentence.Start, candidate.Start).Trim(' ', ',', ':', '"', '\u201C', '\u2018');
            if (frame.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= FrameWords)
            {
                return frame;
            }
        }
        if (index == 0)
        {
            return null;
        }
        var before = index - 1;
        if (_evidence.ChecksAny && StanceClassifier.NamesWhatItPointsBackTo(candidate.Text))
        {
            // "Starmer said he was ready to deploy troops. He added that he did not say this lightly. Scholz called the
            // debate premature.": the debate is the one two sentences back, past a sentence about nothing tracked.
            for (var k = index - 1; k >= 0 && k >= index - ContextLookBack; k--)
            {
                if (_evidence.MentionsAnyTopic(extraction.Layout.Slice(sentences[k].Start, sentences[k].End)))
                {
                    before = k;
                    break;
                }
            }
        }
        return extraction.Layout.Slice(sentences[before].Start, sentences[before].End);
    }

    private const int ContextLookBack = 3;

    /// <summary>The positions whose topic has its words in the statement, or in the sentence it points back to.</summary>
    private IReadOnlyList<PositionClaim> WithEvidence(IReadOnlyList<PositionClaim> claims, ClassificationInput input)
    {
        if (claims.Count == 0 || !_evidence.ChecksAny)
        {
            return claims;
        }
        // Only an anaphoric statement ("opposed the idea") may take its topic's words from the sentence before.
        var pointsBack = StanceClassifier.IsAnaphoric(input.Text);
        return claims.Where(claim => _evidence.Supports(claim.TopicId, input.Text) || (pointsBack && _evidence.Supports(claim.TopicId, input.Context))).ToList();
    }

    // Small enough that the deadline is checked every second or so at the classifier's speed.
    private const int ClassifyBatch = 128;

    private static List<IReadOnlyList<PositionClaim>> ClassifyInBatches(IStatementClassifier classifier, List<ClassificationInput> inputs, AnalysisBudget budget)
    {
        var positions = new List<IReadOnlyList<PositionClaim>>(inputs.Count);
        for (var start = 0; start < inputs.Count; start += ClassifyBatch)
        {
            budget.Check("classification");
            var batch = inputs.GetRange(start, Math.Min(ClassifyBatch, inputs.Count - start));
            var results = classifier.Classify(batch);
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"classifier {classifier.Version} returned {results.Count} results for {batch.Count} statements");
            }
            positions.AddRange(results);
        }
        return positions;
    }

    // "X said:" or "Trump commented," is only who spoke; a frame of six words or more says what about.
    private const int FrameWords = 6;

    /// <summary>
    /// "Starmer suggested any deal must include US guarantees and said he might consider sending troops" is two
    /// statements with two stances: reported speech joined by "and" plus a second verb of saying is split there.
    /// </summary>
    private static List<(StatementCandidate Candidate, Speaker Speaker)> SplitCoordinatedClauses(List<(StatementCandidate Candidate, Speaker Speaker)> kept)
    {
        var result = new List<(StatementCandidate, Speaker)>(kept.Count);
        foreach (var (candidate, speaker) in kept)
        {
            var match = candidate.Kind == StatementKind.Indirect && !candidate.FromTitle ? CoordinatedClause().Match(candidate.Text) : Match.Empty;
            if (!match.Success || match.Index < MinimumClauseLength || candidate.Text.Length - match.Index < MinimumClauseLength)
            {
                result.Add((candidate, speaker));
                continue;
            }
            var first = candidate.Text[..match.Index].TrimEnd(' ', ',');
            var second = candidate.Text[(match.Index + match.Groups["and"].Length)..];
            var secondStart = candidate.Start + match.Index + match.Groups["and"].Length;
            result.Add((candidate with { Text = first, End = candidate.Start + first.Length }, speaker));
            result.Add((candidate with { Text = second, Start = secondStart }, speaker));
        }
        return result;
    }

    private const int MinimumClauseLength = 20;

    [GeneratedRegex(@"(?<and>,?\s+and\s+)(said|added|warned|insisted|stressed|argued|noted|suggested|pledged|vowed|urged|called for|ruled out|rejected)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CoordinatedClause();

    /// <summary>
    /// "Sikorski did not say whether Poland would send soldiers", "declined to comment on the assets": a speaker who
    /// withholds what they think addresses the topic without taking a side, which the codebook codes <c>neutral</c>,
    /// whatever the words after the verb would say. A withheld position act ("refused to back") is still a stance.
    /// </summary>
    private static IReadOnlyList<PositionClaim> Withholding(StatementCandidate candidate, IReadOnlyList<PositionClaim> positions) =>
        candidate.Withheld && DisclosureVerbs.Contains(candidate.Cue)
            ? positions.Select(p => p with { Stance = Stance.Neutral }).ToList()
            : positions;

    private static readonly HashSet<string> DisclosureVerbs = new(
        ["say", "comment", "confirm", "disclose", "specify", "reveal", "elaborate", "state", "tell", "clarify", "indicate", "mention", "explain", "answer", "respond", "reply"],
        StringComparer.Ordinal);

    /// <summary>
    /// "In February, Netanyahu told CNN he was looking into military aid", "Last year the minister had said ...": a
    /// statement that opens by dating itself before the article's month reports an old position, not one held on the
    /// article's date. It stays a statement (searchable, shown with its article) but takes no position, so it cannot
    /// make a shift on the wrong day.
    /// </summary>
    internal static bool ReportsEarlierDate(string text, DateOnly published)
    {
        var match = EarlierDateOpening().Match(text);
        if (!match.Success)
        {
            return false;
        }
        if (match.Groups["relative"].Success)
        {
            return true;
        }
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (!match.Groups["month"].Success)
        {
            return year < published.Year;
        }
        var month = Array.FindIndex(Months, m => m.Equals(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        return year is { } y ? y < published.Year || (y == published.Year && month < published.Month) : month != published.Month;
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [GeneratedRegex(
        @"^(?:(?:In|Back in|By|Until|In an interview in|In an interview published in)\s+(?:(?:early|late|mid-)\s*)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d\d))?|(?<year>(?:19|20)\d\d))\b|(?<relative>(?:Last|Earlier this|Earlier that)\s+(?:year|month|summer|spring|autumn|winter)\b|Under (?:his|her|their) predecessor\b|In the first (?:days|weeks|months) of the war\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex EarlierDateOpening();

    /// <summary>A position belongs to one speaker: "Russia and the US announced" is reported, but takes no position for either.</summary>
    private static bool IsSingleParty(Speaker speaker) =>
        speaker.ActorId is not null || !speaker.Name.Contains(" and ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A headline or sentence credited to a country by name ("Russia says ...") paraphrases that country's official
    /// in the article: credit the catalogued speaker of that country quoted most in it, when there is one.
    /// </summary>
    private List<(StatementCandidate Candidate, Speaker Speaker)> CreditCountryHeadlines(List<(StatementCandidate Candidate, Speaker Speaker)> kept)
    {
        var officials = kept
            .Where(k => k.Speaker.ActorId is not null && k.Speaker.Country is not null)
            .GroupBy(k => k.Speaker.ActorId!)
            .Select(g => (Speaker: g.First().Speaker, Count: g.Count()))
            .ToList();
        return kept.Select(k =>
        {
            if (k.Speaker.ActorId is null && _countries.TryByName(k.Speaker.Name, out var country)
                && officials.Where(o => o.Speaker.Country == country.Code).OrderByDescending(o => o.Count).FirstOrDefault() is { Speaker: { } official })
            {
                return (k.Candidate, official);
            }
            return k;
        }).ToList();
    }
}
