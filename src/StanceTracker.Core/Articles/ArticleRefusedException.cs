namespace StanceTracker.Core.Articles;

/// <summary>
/// An input that breaks a limit part-way through reading or analysis (too deep, too many statements, over its time).
/// Callers turn it into a refusal of that input alone; <see cref="Exception.Message"/> is the reason users see.
/// </summary>
public sealed class ArticleRefusedException : Exception
{
    public ArticleRefusedException(string reason)
        : base(reason)
    {
    }

    public ArticleRefusedException()
    {
    }

    public ArticleRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
