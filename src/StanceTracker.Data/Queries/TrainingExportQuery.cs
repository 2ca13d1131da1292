using System.Text;
using Dapper;

namespace StanceTracker.Data.Queries;

/// <summary>A statement a human labelled: one line of the training TSV.</summary>
public sealed record TrainingLine(string TopicId, string Stance, string Text);

/// <summary>
/// Human-reviewed positions as labelled training data, in the format of <c>data/training/*.tsv</c>:
/// <c>topic&lt;TAB&gt;stance&lt;TAB&gt;text</c> under a header line.
/// </summary>
public sealed class TrainingExportQuery(StanceDatabase database)
{
    public const string Header = "topic\tstance\ttext";

    private readonly StanceDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // Only positions a human reviewed (accepted, or set the topic or stance of): a speaker correction concerns the
    // statement, not a position's label, so it leaves a position unreviewed.
    private const string LabelledSql = """
        SELECT e.topic_id AS TopicId, e.stance AS Stance, s.text AS Text
        FROM effective_positions e
        JOIN statements s ON s.id = e.statement_id
        WHERE e.reviewed
        ORDER BY e.position_id
        """;

    public IReadOnlyList<TrainingLine> Lines()
    {
        using var connection = _database.OpenConnection();
        // Through a row class: the view's columns carry no declared type, and Dapper cannot match a record's
        // constructor to an empty result's columns (every export of a database without reviews failed).
        return connection.Query<TrainingRow>(LabelledSql).Select(r => new TrainingLine(r.TopicId, r.Stance, r.Text)).ToList();
    }

    private sealed class TrainingRow
    {
        public string TopicId { get; init; } = "";
        public string Stance { get; init; } = "";
        public string Text { get; init; } = "";
    }

    /// <summary>The TSV, one labelled statement a line; tabs and line breaks in the text become spaces.</summary>
    public void WriteTsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var line in Lines())
        {
            writer.Write(OneLine(line.TopicId));
            writer.Write('\t');
            writer.Write(OneLine(line.Stance));
            writer.Write('\t');
            writer.Write(OneLine(line.Text));
            writer.Write('\n');
        }
    }

    internal static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
