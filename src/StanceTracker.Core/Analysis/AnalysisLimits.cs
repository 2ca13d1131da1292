namespace StanceTracker.Core.Analysis;

/// <summary>
/// What analysing one article may cost. Checked around the extractor, not inside it: the text is capped before
/// extraction, the statements after it (before attribution and classification, the expensive steps), and the time
/// at every step between.
/// </summary>
/// <param name="MaxCharacters">Longer article text is refused before extraction.</param>
/// <param name="MaxStatements">An article yielding more statements is refused before they are attributed and classified.</param>
/// <param name="TimeBudget">Analysis past this is refused at the next step.</param>
public sealed record AnalysisLimits(int MaxCharacters, int MaxStatements, TimeSpan TimeBudget)
{
    /// <summary>
    /// 2 million characters is about 300,000 words, some twenty times the longest feature; 2,000 statements classify in
    /// about 10 s on two cores (202 statements/s); a minute is far above what such an article takes.
    /// </summary>
    public static AnalysisLimits Default { get; } = new(2_000_000, 2_000, TimeSpan.FromSeconds(60));
}
