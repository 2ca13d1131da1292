using StanceTracker.Core.Text;

namespace StanceTracker.Core.Extraction;

/// <summary>The statements of one article and the layout they were found in.</summary>
public sealed record ExtractionResult(TextLayout Layout, IReadOnlyList<StatementCandidate> Statements);

/// <summary>
/// Finds statements and the phrases naming their speakers, by rule: direct quotes with their frames ("...," X said /
/// X said: "..." / said X), quotes continued over paragraphs and follow-on quote paragraphs, reported speech and
/// position acts around a reporting cue (<see cref="ReportingCues"/>), "according to X", and headline attributions.
/// Only sentences with a cue and a subject that can speak become statements: precision matters more than volume.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The stages run in order and share what they claim: <see cref="CueHitFinder"/> finds each sentence's cues and subjects,
/// <see cref="DirectQuoteFinder"/> takes the quotes with a frame, <see cref="ReportedSpeechFinder"/> the cues and quotes
/// left over, <see cref="PageFurniture"/> drops what a crawled page's sidebars and captions said, and
/// <see cref="TitleStatementFinder"/> reads the headline.
/// </remarks>
public sealed class StatementExtractor
{
    /// <summary>Changes whenever the rules change, so stored statements say what found them.</summary>
    public const string Version = "rules-6";

    /// <param name="includeTitle">Whether headlines that attribute a claim ("... – Tusk", "Kremlin: ...") count as statements.</param>
    public StatementExtractor(bool includeTitle = true) => IncludeTitle = includeTitle;

    public bool IncludeTitle { get; }

    public ExtractionResult Extract(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var layout = TextLayout.Analyse(body);
        var quotes = layout.Quotes.Where(q => q.Depth == 0).ToList();
        var infos = new SentenceCues[layout.Sentences.Count];
        for (var s = 0; s < infos.Length; s++)
        {
            var sentence = layout.Sentences[s];
            var info = new SentenceCues(sentence, Tokenizer.Tokenize(body, sentence.Start, sentence.End, quotes));
            CueHitFinder.FindHits(info.Tokens, info.Hits, ignoreCase: false);
            infos[s] = info;
        }

        var statements = new List<StatementCandidate>();
        var claimed = new HashSet<int>();
        DirectQuoteFinder.Find(layout, infos, quotes, statements, claimed);
        ReportedSpeechFinder.Find(layout, infos, quotes, statements, claimed);
        var furniture = PageFurniture.Find(layout);
        statements.RemoveAll(s => furniture.Contains(s.Paragraph));
        statements.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (IncludeTitle)
        {
            statements.InsertRange(0, TitleStatementFinder.Find(title));
        }
        return new ExtractionResult(layout, statements);
    }

    /// <summary>Capitalised, or a name particle joined to a capitalised word: "al-Amr", "el-Sisi".</summary>
    internal static bool IsNameLike(Token token) => NounPhraseParser.IsNameLike(token);

    internal static int ParagraphAt(TextLayout layout, int offset) => LayoutPositions.ParagraphAt(layout, offset);
}
