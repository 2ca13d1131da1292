namespace StanceTracker.Core.Articles;

/// <summary>
/// What one format reader found, before the rules every format shares: body normalisation, the title fallback,
/// date validation and the command-line defaults.
/// </summary>
/// <param name="PublishedText">The date as written in the file, for formats that carry it as text.</param>
/// <param name="PublishedValue">The date already parsed, for formats (feeds) whose own parser reads it.</param>
internal sealed record ArticleFields(
    string? Title,
    string? Body,
    string? PublishedText = null,
    DateTimeOffset? PublishedValue = null,
    string? Source = null,
    string? Url = null,
    string? Author = null,
    string? Language = null)
{
    /// <param name="missingDate">The refusal when neither the file nor the options give a date; it says how to add one for this format.</param>
    public ArticleReadResult Complete(string origin, ArticleReaderOptions options, string missingDate)
    {
        var body = ArticleText.NormaliseBody(Body ?? "");
        if (body.Length == 0)
        {
            return ArticleReadResult.Refused(origin, "no article text");
        }

        DateTimeOffset published;
        if (!string.IsNullOrWhiteSpace(PublishedText))
        {
            if (PublishedDateParser.TryParse(PublishedText, out published) is { } dateError)
            {
                return ArticleReadResult.Refused(origin, dateError);
            }
        }
        else if (PublishedValue is { } value)
        {
            if (PublishedDateParser.CheckPlausible(value, IsoDate.Format(DateOnly.FromDateTime(value.DateTime))) is { } dateError)
            {
                return ArticleReadResult.Refused(origin, dateError);
            }
            published = value;
        }
        else if (options.DefaultPublished is { } fallback)
        {
            published = fallback;
        }
        else
        {
            return ArticleReadResult.Refused(origin, missingDate);
        }

        var firstLineEnd = body.IndexOf('\n');
        var title = Shortened(OneLine(Title) ?? OneLine(firstLineEnd < 0 ? body : body[..firstLineEnd]) ?? body);
        return ArticleReadResult.Ok(new Article(
            title,
            published,
            OneLine(Source) ?? OneLine(options.DefaultSource),
            OneLine(Url),
            OneLine(Author),
            OneLine(Language),
            body,
            origin));
    }

    /// <summary>A title past <see cref="ArticleReaderOptions.MaxTitleLength"/> is cut at a word where it can be, with an ellipsis.</summary>
    internal static string Shortened(string title)
    {
        if (title.Length <= ArticleReaderOptions.MaxTitleLength)
        {
            return title;
        }
        var cut = title.LastIndexOf(' ', ArticleReaderOptions.MaxTitleLength - 1);
        var end = cut > ArticleReaderOptions.MaxTitleLength / 2 ? cut : ArticleReaderOptions.MaxTitleLength - 1;
        // Never between the halves of a surrogate pair.
        if (char.IsHighSurrogate(title[end - 1]))
        {
            end--;
        }
        return title[..end].TrimEnd() + "…";
    }

    /// <summary>Collapses the line breaks and runs of spaces that markup leaves in metadata; blank becomes null.</summary>
    internal static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
