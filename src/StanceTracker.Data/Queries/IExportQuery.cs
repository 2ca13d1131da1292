
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

    /// <summary>How many articles carried the statement: its own and every wire copy's (<see cref="StatementReach"/>).</summary>
    public int Reports { get; private set; } = 1;

    /// <summary>How many distinct outlets are among those articles.</summary>
    public int Outlets { get; private set; } = 1;

    public static IReadOnlyList<string> Columns { get; } =
        ["position_id", "statement_id", "date", "country", "speaker", "actor_id", "role", "topic", "stance", "model_stance",
         "confidence", "reviewed", "needs_review", "model_version", "kind", "text", "article_title", "source", "url",
         "outlets", "reports"];

    public IEnumerable<object?> Cells() =>
        [PositionId, StatementId, Date, Country, SpeakerName, ActorId, Role, TopicId, Stance, ModelStance,
         Confidence, Reviewed, NeedsReview, ModelVersion, Kind, Text, ArticleTitle, Source, Url, Outlets, Reports];

    private const int ReachBatch = 500;

    /// <summary>
    /// The rows with each statement's reach filled in, a batch at a time so the export still streams; <paramref name="further"/>
    /// reads the further reports of a batch's statements (the engine's query, on a connection of its own).
    /// </summary>
    internal static IEnumerable<ExportRow> WithReach(IEnumerable<ExportRow> rows, Func<IReadOnlyList<long>, Dictionary<long, List<StatementReport>>> further)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(further);
        foreach (var batch in rows.Chunk(ReachBatch))
        {
            var reports = further(batch.Select(r => r.StatementId).ToList());
            foreach (var row in batch)
            {
                var reach = StatementReportRow.ReachOf(reports, row.StatementId, row.Source);
                (row.Reports, row.Outlets) = (reach.Articles, reach.Outlets);
                yield return row;
            }
        }
    }
}

/// <summary>Every stored position with its statement and source, for CSV and JSON export.</summary>
public interface IExportQuery
{
    IEnumerable<ExportRow> Positions(string? topicId = null, string? country = null);
}
