using System.Text.Json.Serialization;
using StanceTracker.Core;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Analysis;

namespace StanceTracker.Cli.Output;

/// <summary>
/// The <c>extract</c> output shape, fixed by spec/interfaces.md (outside scripts such as score.py read it):
/// one object per article, or <c>{"file", "error"}</c> for an input that could not be read.
/// </summary>
internal sealed record ExtractRecord(
    string File,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ExtractArticle? Article,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ExtractStatement>? Statements,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error)
{
    public static ExtractRecord From(string file, AnalysedArticle analysed)
    {
        var article = analysed.Article;
        return new ExtractRecord(
            file,
            new ExtractArticle(article.Title, IsoDate.Format(article.PublishedDate), article.Source, article.Url),
            analysed.Statements.Select(ExtractStatement.From).ToList(),
            null);
    }

    public static ExtractRecord Failed(string file, string error) => new(file, null, null, error);
}

internal sealed record ExtractArticle(string Title, string Published, string? Source, string? Url);

internal sealed record ExtractSpeaker(string Name, string? ActorId, string? Country, string? Role);

internal sealed record ExtractPosition(string Topic, string Stance, double Confidence);

internal sealed record ExtractStatement(ExtractSpeaker Speaker, string Text, string Kind, int Start, int End, IReadOnlyList<ExtractPosition> Positions)
{
    public static ExtractStatement From(Statement statement) => new(
        new ExtractSpeaker(statement.Speaker.Name, statement.Speaker.ActorId, statement.Speaker.Country, statement.Speaker.Role),
        statement.Text,
        statement.Kind.ToString().ToLowerInvariant(),
        statement.Start,
        statement.End,
        statement.Positions.Select(p => new ExtractPosition(p.TopicId, p.Stance.ToId(), Math.Round(p.Confidence, 3))).ToList());
}
