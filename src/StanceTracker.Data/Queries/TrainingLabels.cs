using System.Data;
using Dapper;

namespace StanceTracker.Data.Queries;

/// <summary>Reads the human-reviewed positions as training lines, for every engine (the SQL is portable).</summary>
internal static class TrainingLabels
{
    // Only positions a human reviewed (accepted, or set the topic or stance of): a speaker correction concerns the
    // statement, not a position's label, so it leaves a position unreviewed.
    private const string LabelledSql = """
        SELECT e.topic_id AS TopicId, e.stance AS Stance, s.text AS Text
        FROM effective_positions e
        JOIN statements s ON s.id = e.statement_id
        WHERE e.reviewed
        ORDER BY e.position_id
        """;

    // Through a row class: the view's columns carry no declared type, and Dapper cannot match a record's
    // constructor to an empty result's columns (every export of a database without reviews failed).
    public static IReadOnlyList<TrainingLine> Read(IDbConnection connection) =>
        connection.Query<TrainingRow>(LabelledSql).Select(r => new TrainingLine(r.TopicId, r.Stance, r.Text)).ToList();

    private sealed class TrainingRow
    {
        public string TopicId { get; init; } = "";
        public string Stance { get; init; } = "";
        public string Text { get; init; } = "";
    }
}
