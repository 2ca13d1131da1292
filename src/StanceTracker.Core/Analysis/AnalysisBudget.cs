using System.Diagnostics;
using System.Globalization;
using StanceTracker.Core.Articles;

namespace StanceTracker.Core.Analysis;

/// <summary>One article's analysis against its <see cref="AnalysisLimits"/> and the caller's cancellation.</summary>
internal sealed class AnalysisBudget(AnalysisLimits limits, CancellationToken cancellationToken)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public void CheckText(int characters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (characters > limits.MaxCharacters)
        {
            throw new ArticleRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"article text is {characters:N0} characters, above the {limits.MaxCharacters:N0} analysed per article; split it into its articles"));
        }
    }

    public void CheckStatements(int statements)
    {
        if (statements > limits.MaxStatements)
        {
            throw new ArticleRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"article yields {statements:N0} statements, above the {limits.MaxStatements:N0} analysed per article; split it into its articles"));
        }
    }

    /// <param name="step">The step just done, named in the refusal.</param>
    public void Check(string step)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var elapsed = Stopwatch.GetElapsedTime(_started);
        if (elapsed > limits.TimeBudget)
        {
            throw new ArticleRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"analysis took {elapsed.TotalSeconds:0} s by the end of {step}, above the {limits.TimeBudget.TotalSeconds:0} s allowed per article; refused"));
        }
    }
}
