using System.Text;
using System.Text.Json;

namespace StanceTracker.Core.Articles;

/// <summary>Reads .json (one article object or an array of them) and .jsonl (one article object per line).</summary>
internal static class JsonArticleReader
{
    private const string MissingDate = "no publication date: add a 'published' field or pass --published";

    // Hand-written files often carry a trailing comma or a comment; refusing them would help no one.
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IEnumerable<ArticleReadResult> ReadDocument(string text, string origin, ReadBudget budget)
    {
        var options = budget.Options;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, ParseOptions);
        }
        catch (JsonException e)
        {
            return [ArticleReadResult.Refused(origin, $"malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}")];
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    return [FromObject(root, origin, options)];
                case JsonValueKind.Array when root.GetArrayLength() == 0:
                    return [ArticleReadResult.Refused(origin, "JSON array holds no articles")];
                case JsonValueKind.Array:
                    // Materialised here because the elements die with the document.
                    return root.EnumerateArray()
                        .Select((element, index) =>
                        {
                            budget.Check();
                            return FromElement(element, $"{origin}#{index + 1}", options);
                        })
                        .ToList();
                default:
                    return [ArticleReadResult.Refused(origin, "JSON must be an article object or an array of article objects")];
            }
        }
    }

    /// <param name="onLineRead">Called with the UTF-8 bytes consumed so far (line terminators included) after each line.</param>
    public static IEnumerable<ArticleReadResult> ReadLines(string text, string origin, ReadBudget budget, Action<long>? onLineRead)
    {
        var options = budget.Options;
        var consumed = 0L;
        var lineNumber = 0;
        for (var start = 0; start < text.Length; lineNumber++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            var line = text[start..end];
            start = end;
            consumed += Encoding.UTF8.GetByteCount(line);
            if (!string.IsNullOrWhiteSpace(line))
            {
                budget.Check();
                yield return ReadLine(line, $"{origin}:{lineNumber + 1}", options);
            }
            onLineRead?.Invoke(consumed);
        }
    }

    private static ArticleReadResult ReadLine(string line, string origin, ArticleReaderOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(line, ParseOptions);
            return FromElement(document.RootElement, origin, options);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Refused(origin, $"malformed JSON at position {e.BytePositionInLine + 1}");
        }
    }

    private static ArticleReadResult FromElement(JsonElement element, string origin, ArticleReaderOptions options) =>
        element.ValueKind == JsonValueKind.Object
            ? FromObject(element, origin, options)
            : ArticleReadResult.Refused(origin, $"expected an article object, found {Describe(element.ValueKind)}");

    private static ArticleReadResult FromObject(JsonElement article, string origin, ArticleReaderOptions options)
    {
        try
        {
            return ReadObject(article, origin, options);
        }
        catch (InvalidOperationException)
        {
            // JSON may escape half of a surrogate pair ("\ud800"), which no .NET string can take as text.
            return ArticleReadResult.Refused(origin, "a JSON string holds an invalid \\u escape (half of a surrogate pair)");
        }
    }

    private static ArticleReadResult ReadObject(JsonElement article, string origin, ArticleReaderOptions options)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in article.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values.TryAdd(property.Name, property.Value.GetString());
                    break;
                case JsonValueKind.Null:
                    values.TryAdd(property.Name, null);
                    break;
                default:
                    if (IsKnown(property.Name))
                    {
                        return ArticleReadResult.Refused(origin, $"field '{property.Name}' is {Describe(property.Value.ValueKind)}, expected a string");
                    }
                    break;
            }
        }

        return new ArticleFields(
            Title: values.GetValueOrDefault("title"),
            Body: values.GetValueOrDefault("text") ?? values.GetValueOrDefault("body") ?? values.GetValueOrDefault("content"),
            PublishedText: values.GetValueOrDefault("published"),
            Source: values.GetValueOrDefault("source"),
            Url: values.GetValueOrDefault("url"),
            Author: values.GetValueOrDefault("author"),
            Language: values.GetValueOrDefault("language"))
            .Complete(origin, options, MissingDate);
    }

    private static bool IsKnown(string name) =>
        name.ToUpperInvariant() is "TITLE" or "TEXT" or "BODY" or "CONTENT" or "PUBLISHED" or "SOURCE" or "URL" or "AUTHOR" or "LANGUAGE";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };
}
