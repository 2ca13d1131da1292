using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Analysis;

/// <summary>Turns an article into its statements and positions. Pure: no I/O, safe to call in parallel.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Identifies the analyser's models, so stored positions say what made them.</summary>
    string Version { get; }

    /// <summary>
    /// What gives the positions: the classifier's version and, when topics are checked for their words, those words'
    /// fingerprint; null for an analyser that does not classify. Stored with each article, so that a change of either
    /// marks it for classifying again.
    /// </summary>
    string? ClassifiedBy { get; }

    AnalysedArticle Analyse(Article article);

    /// <summary>
    /// As <see cref="Analyse(Article)"/>, stopping with <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled. Analysers that cannot stop part-way check it before they start.
    /// </summary>
    AnalysedArticle Analyse(Article article, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Analyse(article);
    }
}
