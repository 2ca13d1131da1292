using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Analysis;

/// <summary>Turns an article into its statements and positions. Pure: no I/O, safe to call in parallel.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Identifies the analyser's models, so stored positions say what made them.</summary>
    string Version { get; }

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
