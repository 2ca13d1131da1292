using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Extraction;

/// <summary>
/// Finds no statements. The pipeline runs with it until the extractor and the classifier exist, so that articles
/// are stored now and re-analysed later; its version marks what was (not) analysed.
/// </summary>
public sealed class NoStatementsAnalyzer : IArticleAnalyzer
{
    public string Version => "none";

    public AnalysedArticle Analyse(Article article) => new(article, []);
}
