namespace StanceTracker.Core.Text;

/// <summary>A paragraph of a body: text between blank lines (or single line breaks, which bodies use as paragraph breaks too).</summary>
public sealed record Paragraph(int Index, int Start, int End);

/// <summary>
/// A sentence with offsets into the body. A sentence never crosses a paragraph, but a quotation that opens inside it
/// keeps it open until the quotation closes in that paragraph, so "“It is over. We go home,” he said." is one sentence.
/// </summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End);

/// <summary>
/// A quotation. <see cref="Start"/> is the opening mark, <see cref="End"/> is just past the closing mark (or the end of
/// the paragraph for a quote left open there). Content excludes the marks. A quote that runs over several paragraphs,
/// each reopening the mark, is one span with <see cref="Continued"/> set.
/// </summary>
public sealed record QuoteSpan(int Start, int End, int ContentStart, int ContentEnd, int Depth, bool Closed, bool Continued)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>Everything the extractor needs about the shape of a body, computed once.</summary>
public sealed class TextLayout
{
    public TextLayout(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Quotes = quotes;
    }

    public string Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>All quotes, in order of their opening marks; nested ones have <see cref="QuoteSpan.Depth"/> above 0.</summary>
    public IReadOnlyList<QuoteSpan> Quotes { get; }

    public IEnumerable<QuoteSpan> TopLevelQuotes => Quotes.Where(q => q.Depth == 0);

    public static TextLayout Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = TextSegmenter.Paragraphs(text);
        var quotes = QuoteFinder.Find(text, paragraphs);
        var sentences = TextSegmenter.Sentences(text, paragraphs, quotes);
        return new TextLayout(text, paragraphs, sentences, quotes);
    }

    public string Slice(int start, int end) => Text[start..end];
}
