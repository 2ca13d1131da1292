
namespace StanceTracker.Data.Queries;

/// <summary>One position with everything behind it, reviews applied: the row of the data export.</summary>
public sealed class ExportRow
{
    public long PositionId { get; init; }
    public long StatementId { get; init; }
    public string Date { get; init; } = "";
    public string? Country { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? ActorId { get; init; }
    public string? Role { get; init; }
    public string TopicId { get; init; } = "";
    public string Stance { get; init; } = "";
    public string ModelStance { get; init; } = "";
    public double Confidence { get; init; }
    public bool Reviewed { get; init; }
    public bool NeedsReview { get; init; }
    public string ModelVersion { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Text { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? Source { get; init; }
    public string? Url { get; init; }

    public static IReadOnlyList<string> Columns { get; } =
        ["position_id", "statement_id", "date", "country", "speaker", "actor_id", "role", "topic", "stance", "model_stance",
         "confidence", "reviewed", "needs_review", "model_version", "kind", "text", "article_title", "source", "url"];

    public IEnumerable<object?> Cells() =>
        [PositionId, StatementId, Date, Country, SpeakerName, ActorId, Role, TopicId, Stance, ModelStance,
         Confidence, Reviewed, NeedsReview, ModelVersion, Kind, Text, ArticleTitle, Source, Url];
}

/// <summary>Every stored position with its statement and source, for CSV and JSON export.</summary>
public interface IExportQuery
{
    IEnumerable<ExportRow> Positions(string? topicId = null, string? country = null);
}
