using System.Diagnostics;
using System.Globalization;

namespace StanceTracker.Core.Articles;

/// <summary>
/// What reading one file may still cost: its reading time (the time its articles spend with the caller not counted) and the markup limits. Readers call <see cref="Check"/> between
/// steps and while walking markup; a broken limit ends the read with <see cref="ArticleRefusedException"/>.
/// </summary>
internal sealed class ReadBudget
{
    private readonly long _allowed;
    private long _spent;
    private long _readingSince;
    private int _elements;

    private ReadBudget(ArticleReaderOptions options)
    {
        Options = options;
        _allowed = (long)(options.TimeBudget.TotalSeconds * Stopwatch.Frequency);
        _readingSince = Stopwatch.GetTimestamp();
    }

    public ArticleReaderOptions Options { get; }

    public static ReadBudget Start(ArticleReaderOptions options) => new(options);

    /// <summary>
    /// The reader hands an article on: until <see cref="Resume"/>, the time is the caller's (analysing and storing a
    /// file's articles can take minutes), not reading time.
    /// </summary>
    public void Pause() => _spent += Stopwatch.GetTimestamp() - _readingSince;

    public void Resume() => _readingSince = Stopwatch.GetTimestamp();

    public void Check()
    {
        if (_spent + (Stopwatch.GetTimestamp() - _readingSince) > _allowed)
        {
            throw new ArticleRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"reading took longer than the {Options.TimeBudget.TotalSeconds:0} s allowed for one file; the file was given up"));
        }
    }

    /// <summary>
    /// Counts an element the parser made. The parser also makes elements the markup never wrote (formatting elements
    /// reopened after each misnested close), which is where quadratic markup shows: that count is bounded too.
    /// </summary>
    public void CountElement()
    {
        _elements++;
        if (_elements > 2 * Options.MaxHtmlElements)
        {
            throw new ArticleRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"markup makes more than {2 * Options.MaxHtmlElements:N0} elements (misnested formatting reopened again and again); refused"));
        }
        if ((_elements & 0xFF) == 0)
        {
            Check();
        }
    }
}
